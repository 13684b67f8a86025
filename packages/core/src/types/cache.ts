/**
 * A cache for validated values, keyed by a stable hash of the request. Implement it over any
 * key-value store (an in-memory LRU and a file-system store ship with instr; Redis in
 * `@instr/queue`). Values are JSON-serialisable.
 */
export interface CacheStore {
  get(key: string): Promise<unknown> | unknown;
  /** `ttlMs` undefined means no expiry. */
  set(key: string, value: unknown, ttlMs?: number): Promise<void> | void;
}
