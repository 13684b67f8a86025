/**
 * A string field of the provider's raw response (`model`, `id`), when it has one: the adapter
 * spec does not normalise them, and OpenAI-style responses and stream chunks carry both.
 */
export function rawResponseField(raw: unknown, key: "model" | "id"): string | undefined {
  if (typeof raw !== "object" || raw === null) return undefined;
  const value: unknown = Reflect.get(raw, key);
  return typeof value === "string" ? value : undefined;
}
