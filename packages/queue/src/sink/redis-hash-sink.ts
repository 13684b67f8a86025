import { logRedisError } from "../connection/default-error-log.js";
import { createRedisClient, type RedisConnection } from "../connection/redis-connection.js";
import type { ExtractionResult, ResultSink } from "./result-sink.js";

/** Options of {@link redisHashSink}. */
export interface RedisHashSinkOptions {
  connection: RedisConnection;
  /**
   * Hash of results by job id. Final failures go to `<key>:failed`; a job that succeeds later
   * (retried) is removed from there.
   */
  key: string;
  /** Connection errors, one per outage. Default: one line on stderr. */
  onError?: (error: Error) => void;
}

/**
 * Results in one Redis hash, field = job id: a re-run overwrites its own field, so every job
 * appears exactly once however often it ran, and `read` lets a re-run skip the model.
 */
export function redisHashSink(options: RedisHashSinkOptions): ResultSink {
  const redis = createRedisClient(options.connection, options.onError ?? logRedisError);
  const { key } = options;
  return {
    async write(result) {
      const replies = await redis
        .multi()
        .hset(key, result.jobId, JSON.stringify(result))
        .hdel(`${key}:failed`, result.jobId)
        .exec();
      const failed = replies?.find(([error]) => error !== null)?.[0];
      if (failed) throw failed;
    },
    async fail(failure) {
      await redis.hset(`${key}:failed`, failure.jobId, JSON.stringify(failure));
    },
    async read(jobId) {
      const stored = await redis.hget(key, jobId);
      // The entry is one `done` wrote above with JSON.stringify of an ExtractionResult.
      return stored === null ? undefined : (JSON.parse(stored) as ExtractionResult);
    },
    async close() {
      await redis.quit();
    },
  };
}
