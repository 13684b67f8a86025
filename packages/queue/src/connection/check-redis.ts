import { RedisUnavailableError } from "../errors/redis-unavailable-error.js";
import { reasonOf } from "./connection-errors.js";
import { createRedisClient, describeConnection, type RedisConnection } from "./redis-connection.js";

/** Whether Redis writes its data to disk, so a restart keeps the queue. */
export interface RedisPersistence {
  /** Append-only file on (`appendonly yes`). */
  aof: boolean;
  /** RDB snapshots configured (`save` not empty); undefined when `CONFIG GET` is not allowed. */
  rdb: boolean | undefined;
}

/** What {@link checkRedis} found. */
export interface RedisCheck {
  /** Where it connected, password redacted. */
  url: string;
  persistence: RedisPersistence;
}

/**
 * Connects once, with no reconnects, and asks Redis how it persists. Rejects with a
 * {@link RedisUnavailableError} naming the URL when it is refused, or has not answered within
 * `timeoutMs` (default 5000): what every command does first, so that an unreachable Redis fails
 * at once instead of retrying forever.
 */
export async function checkRedis(
  connection: RedisConnection,
  options: { timeoutMs?: number } = {},
): Promise<RedisCheck> {
  const { timeoutMs = 5000 } = options;
  const url = describeConnection(connection);
  let lastError: Error | undefined;
  const client = createRedisClient(
    connection,
    (error) => {
      lastError = error;
    },
    {
      lazyConnect: true,
      connectTimeout: timeoutMs,
      retryStrategy: () => null,
      maxRetriesPerRequest: 0,
      enableOfflineQueue: false,
    },
  );
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const ask = async (): Promise<RedisCheck> => {
      await client.connect();
      const info = await client.info("persistence");
      const save = await client.config("GET", "save").then(
        (reply) => (Array.isArray(reply) ? String(reply[1] ?? "") : ""),
        () => undefined,
      );
      return {
        url,
        persistence: {
          aof: /^aof_enabled:1\r?$/m.test(info),
          rdb: save === undefined ? undefined : save.trim() !== "",
        },
      };
    };
    return await Promise.race([ask(), timedOut]);
  } catch (error) {
    // A lost connection already comes as a RedisUnavailableError (see createRedisClient).
    if (RedisUnavailableError.isInstance(lastError)) throw lastError;
    const reason = reasonOf(lastError ?? error);
    throw new RedisUnavailableError({ url, reason, cause: lastError ?? error });
  } finally {
    clearTimeout(timer);
    // After a refused connect it has ended; disconnecting again would arm a 2 s timer that
    // keeps the process alive.
    if (client.status !== "end") client.disconnect();
  }
}

/** The warning a worker or `instr status` prints once when a restart of this Redis would lose the queue. */
export function persistenceWarning(check: RedisCheck): string | undefined {
  const { aof, rdb } = check.persistence;
  if (aof || rdb !== false) return undefined;
  return `Redis at ${check.url} has neither AOF (appendonly) nor RDB snapshots (save) on: a restart loses every queued job and result. Start it with --appendonly yes --appendfsync everysec.`;
}
