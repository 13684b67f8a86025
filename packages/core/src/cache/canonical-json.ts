/**
 * JSON with object keys sorted at every depth, so equal values always give the same text.
 * Like `JSON.stringify`, it drops `undefined` properties.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item === null || typeof item !== "object" || Array.isArray(item)
      ? item
      : Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : 1))),
  );
}
