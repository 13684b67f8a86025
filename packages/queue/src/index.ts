export { createRedisCache, type RedisCache, type RedisCacheOptions } from "./cache/redis-cache.js";
export {
  checkRedis,
  persistenceWarning,
  type RedisCheck,
  type RedisPersistence,
} from "./connection/check-redis.js";
export { redactRedisUrl } from "./connection/redact-redis-url.js";
export type { RedisConnection } from "./connection/redis-connection.js";
export { RedisUnavailableError } from "./errors/redis-unavailable-error.js";
export { SchemaVersionError } from "./errors/schema-version-error.js";
export { UnreadableJobError } from "./errors/unreadable-job-error.js";
export type { ExtractionJob, ExtractionSettings } from "./job/extraction-job.js";
export { extractionJobId } from "./job/job-id.js";
export {
  createExtractionQueue,
  type ExtractionJobOptions,
  type ExtractionQueue,
  type ExtractionQueueOptions,
  type SubmitSummary,
} from "./queue/create-extraction-queue.js";
export type { RetrySummary } from "./queue/retry-failed-jobs.js";
export { defineSchema, type ExtractionSchema, type SchemaRef } from "./schema/extraction-schema.js";
export { callbackSink } from "./sink/callback-sink.js";
export { jsonlFileSink } from "./sink/jsonl-file-sink.js";
export { type RedisHashSinkOptions, redisHashSink } from "./sink/redis-hash-sink.js";
export type { ExtractionFailure, ExtractionResult, ResultSink } from "./sink/result-sink.js";
export { type FailedJob, getFailedJobs } from "./status/failed-jobs.js";
export {
  getQueueStatus,
  type QueueStatus,
  type QueueStatusSample,
  watchQueueStatus,
} from "./status/queue-status.js";
export {
  type CloseOptions,
  createExtractionWorker,
  type ExtractionWorker,
  type ExtractionWorkerOptions,
} from "./worker/create-extraction-worker.js";
export { perMinute, perSecond, type RateLimit } from "./worker/rate-limit.js";
