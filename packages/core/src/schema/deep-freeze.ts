/**
 * Freezes `value` and everything reachable from it (a JSON-like tree: no cycles), so a cached
 * schema shared by every call cannot be changed through one of them. Returns `value`.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
