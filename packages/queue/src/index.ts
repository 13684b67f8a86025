export { createRedisCache, type RedisCache, type RedisCacheOptions } from "./cache/redis-cache.js";
export type { RedisConnection } from "./connection/redis-connection.js";
export type { ExtractionJob, ExtractionSettings } from "./job/extraction-job.js";
export { extractionJobId } from "./job/job-id.js";
export {
  createExtractionQueue,
  type ExtractionJobOptions,
  type ExtractionQueue,
  type ExtractionQueueOptions,
} from "./queue/create-extraction-queue.js";
export { defineSchema, type ExtractionSchema, type SchemaRef } from "./schema/extraction-schema.js";
export { SchemaVersionError } from "./schema/schema-version-error.js";
export { callbackSink } from "./sink/callback-sink.js";
export { jsonlFileSink } from "./sink/jsonl-file-sink.js";
export { type RedisHashSinkOptions, redisHashSink } from "./sink/redis-hash-sink.js";
export type { ExtractionFailure, ExtractionResult, ResultSink } from "./sink/result-sink.js";
export {
  getQueueStatus,
  type QueueStatus,
  type QueueStatusSample,
  watchQueueStatus,
} from "./status/queue-status.js";
export {
  createExtractionWorker,
  type ExtractionWorker,
  type ExtractionWorkerOptions,
} from "./worker/create-extraction-worker.js";
export { perMinute, type RateLimit } from "./worker/rate-limit.js";
