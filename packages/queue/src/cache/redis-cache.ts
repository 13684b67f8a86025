import type { CacheStore } from "@instr/core";
import { logRedisError } from "../connection/default-error-log.js";
import { createRedisClient, type RedisConnection } from "../connection/redis-connection.js";

/** Options of {@link createRedisCache}. */
export interface RedisCacheOptions {
  connection: RedisConnection;
  /** Prepended to every key, e.g. `"instr:cache:"`. */
  prefix?: string;
  /** Connection errors, one per outage. Default: one line on stderr. */
  onError?: (error: Error) => void;
}

/** A {@link CacheStore} in Redis that the caller closes when done. */
export interface RedisCache extends CacheStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown, ttlMs?: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * A `CacheStore` over Redis, shared by every worker and process that points at the same
 * server: a value one worker validated is a hit for all. Values are stored as JSON; `ttlMs`
 * becomes the key's expiry.
 */
export function createRedisCache(options: RedisCacheOptions): RedisCache {
  const redis = createRedisClient(options.connection, options.onError ?? logRedisError);
  const prefix = options.prefix ?? "instr:cache:";
  return {
    async get(key) {
      const stored = await redis.get(prefix + key);
      return stored === null ? undefined : JSON.parse(stored);
    },
    async set(key, value, ttlMs) {
      const json = JSON.stringify(value);
      if (json === undefined) {
        throw new TypeError(`Cannot cache ${typeof value} under "${key}": it has no JSON form.`);
      }
      if (ttlMs === undefined) await redis.set(prefix + key, json);
      else await redis.set(prefix + key, json, "PX", Math.max(1, Math.ceil(ttlMs)));
    },
    async close() {
      await redis.quit();
    },
  };
}
