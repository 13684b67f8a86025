import type { RedisOptions } from "bullmq";
import { Redis } from "ioredis";

/** Where Redis is: a `redis://` / `rediss://` URL, or ioredis options (BullMQ's `RedisOptions`). */
export type RedisConnection = string | RedisOptions;

/** The connection in the shape BullMQ takes (it opens and closes its own clients). */
export function toBullConnection(connection: RedisConnection): RedisOptions {
  return typeof connection === "string" ? { url: connection } : connection;
}

/** A plain ioredis client for instr's own keys (cache, result hash); the caller closes it. */
export function createRedisClient(connection: RedisConnection): Redis {
  const { url, ...options } = toBullConnection(connection);
  return url === undefined ? new Redis(options) : new Redis(url, options);
}
