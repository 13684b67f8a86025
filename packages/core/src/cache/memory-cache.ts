import { InstructorError } from "../errors/instructor-error.js";
import type { CacheStore } from "../types/cache.js";

/** Options of {@link createMemoryCache}. */
export interface MemoryCacheOptions {
  /** Entries kept; the least recently used is dropped first. Default 1000. */
  maxEntries?: number;
  /** Default time to live in milliseconds when `set` gives none; default: no expiry. */
  ttlMs?: number;
  /** The clock, for tests; default `Date.now`. */
  now?: () => number;
}

interface Entry {
  value: unknown;
  expiresAt: number;
}

/** An in-process LRU {@link CacheStore} with optional expiry. */
export function createMemoryCache(options: MemoryCacheOptions = {}): CacheStore {
  const maxEntries = options.maxEntries ?? 1000;
  if (!Number.isInteger(maxEntries) || maxEntries < 1) {
    throw new InstructorError(`maxEntries must be an integer >= 1, got ${maxEntries}.`);
  }
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order: re-inserting on every read keeps the oldest use first.
  const entries = new Map<string, Entry>();

  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      entries.delete(key);
      if (entry.expiresAt <= now()) return undefined;
      entries.set(key, entry);
      return entry.value;
    },
    set(key, value, ttlMs = options.ttlMs) {
      entries.delete(key);
      entries.set(key, { value, expiresAt: ttlMs === undefined ? Infinity : now() + ttlMs });
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries) break;
        entries.delete(oldest);
      }
    },
  };
}
