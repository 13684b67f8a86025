import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { InstructorError } from "../../errors/instructor-error.js";
import type { CacheStore } from "../../types/cache.js";

/** Options of {@link createFileCache}. */
export interface FileCacheOptions {
  /** Directory of the cache; created when missing. */
  dir: string;
  /** Default time to live in milliseconds when `set` gives none; default: no expiry. */
  ttlMs?: number;
  /** The clock, for tests; default `Date.now`. */
  now?: () => number;
}

interface FileEntry {
  expiresAt: number | null;
  value: unknown;
}

// Keys become file names: no separators, no leading dot, nothing to escape the directory.
const safeKey = /^[\w-][\w.-]{0,199}$/;

/**
 * A {@link CacheStore} of one JSON file per key under `dir` (in 256 sub-directories by the key's
 * first two characters), shared by every process that uses the same directory. Writes are
 * atomic: a temporary file renamed over the entry, so a reader never sees half an entry.
 * Node only, hence its own entry point `@instr/core/cache-fs`.
 */
export function createFileCache(options: FileCacheOptions): CacheStore {
  const now = options.now ?? Date.now;
  const pathOf = (key: string) => {
    if (!safeKey.test(key)) {
      throw new TypeError(`file cache keys must match ${safeKey}, got ${JSON.stringify(key)}`);
    }
    return join(options.dir, key.slice(0, 2), `${key}.json`);
  };

  return {
    async get(key) {
      const file = pathOf(key);
      let text: string;
      try {
        text = await readFile(file, "utf8");
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
      const entry = parseEntry(text, file);
      if (entry.expiresAt !== null && entry.expiresAt <= now()) {
        await rm(file, { force: true });
        return undefined;
      }
      return entry.value;
    },

    async set(key, value, ttlMs = options.ttlMs) {
      const file = pathOf(key);
      const entry: FileEntry = { expiresAt: ttlMs === undefined ? null : now() + ttlMs, value };
      await mkdir(join(options.dir, key.slice(0, 2)), { recursive: true });
      const temporary = `${file}.${randomUUID()}.tmp`;
      try {
        await writeFile(temporary, JSON.stringify(entry));
        await rename(temporary, file);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
  };
}

function parseEntry(text: string, file: string): FileEntry {
  let entry: unknown;
  try {
    entry = JSON.parse(text);
  } catch (cause) {
    throw new InstructorError(`cache entry ${file} is not valid JSON`, { cause });
  }
  if (
    typeof entry !== "object" ||
    entry === null ||
    !("value" in entry) ||
    !("expiresAt" in entry) ||
    (entry.expiresAt !== null && typeof entry.expiresAt !== "number")
  ) {
    throw new InstructorError(`cache entry ${file} is not an instr cache entry`);
  }
  return { expiresAt: entry.expiresAt, value: entry.value };
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ENOENT";
}
