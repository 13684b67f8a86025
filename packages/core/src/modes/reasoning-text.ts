import type { AdapterResponse } from "../types/adapter.js";

/** The reasoning text of a response (its parts joined); undefined when it has none. */
export function reasoningText(response: AdapterResponse): string | undefined {
  const parts = response.reasoning;
  if (parts === undefined || parts.length === 0) return undefined;
  return parts.map((part) => part.text).join("");
}
