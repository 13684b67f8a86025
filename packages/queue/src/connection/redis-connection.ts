import type { RedisOptions } from "bullmq";
import { Redis } from "ioredis";
import { RedisUnavailableError } from "../errors/redis-unavailable-error.js";
import { isConnectionError, reasonOf } from "./connection-errors.js";
import { redactRedisUrl } from "./redact-redis-url.js";

/** Where Redis is: a `redis://` / `rediss://` URL, or ioredis options (BullMQ's `RedisOptions`). */
export type RedisConnection = string | RedisOptions;

/** The connection in the shape BullMQ takes (it opens and closes its own clients). */
export function toBullConnection(connection: RedisConnection): RedisOptions {
  return typeof connection === "string" ? { url: connection } : connection;
}

/** Where a connection points, password redacted: what errors and log lines name. */
export function describeConnection(connection: RedisConnection): string {
  const { url, host = "127.0.0.1", port = 6379, path } = toBullConnection(connection);
  if (url !== undefined) return redactRedisUrl(url);
  return path === undefined ? `redis://${host}:${port}` : `redis+unix://${path}`;
}

/**
 * A plain ioredis client for instr's own keys (cache, result hash); the caller closes it.
 * ioredis emits an error on every failed reconnect (and prints a stack trace for each when
 * nobody listens): `onError` gets one per outage and reason, a lost connection as a
 * {@link RedisUnavailableError} naming the URL.
 */
export function createRedisClient(
  connection: RedisConnection,
  onError: (error: Error) => void,
  overrides: RedisOptions = {},
): Redis {
  const { url, ...options } = { ...toBullConnection(connection), ...overrides };
  const client = url === undefined ? new Redis(options) : new Redis(url, options);
  let reported: string | undefined;
  client.on("ready", () => {
    reported = undefined;
  });
  client.on("error", (error: Error) => {
    const reason = reasonOf(error);
    if (reason === reported) return;
    reported = reason;
    onError(
      isConnectionError(error)
        ? new RedisUnavailableError({ url: describeConnection(connection), reason, cause: error })
        : error,
    );
  });
  return client;
}
