import type { Instructor } from "@instr/core";
import { Queue, Worker } from "bullmq";
import { type RedisConnection, toBullConnection } from "../connection/redis-connection.js";
import type { ExtractionJob } from "../job/extraction-job.js";
import type { ExtractionSchema } from "../schema/extraction-schema.js";
import { createSchemaRegistry } from "../schema/schema-registry.js";
import type { ExtractionResult, ResultSink } from "../sink/result-sink.js";
import { processExtraction } from "./process-extraction.js";
import { type RateLimit, toBullLimiter, unlimited } from "./rate-limit.js";

/** Options of {@link createExtractionWorker}. */
export interface ExtractionWorkerOptions {
  connection: RedisConnection;
  /** The queue name given to `createExtractionQueue`. */
  name: string;
  /**
   * Runs the model. Build it with SDK transport retries off (e.g. `new Cerebras({ maxRetries: 0 })`)
   * so 429s reach the worker and pause the whole queue instead of one process retrying alone.
   */
  instructor: Instructor;
  /** The schemas this worker extracts; jobs for other names or versions fail terminally. */
  schemas: readonly ExtractionSchema[];
  /** Jobs this process runs at once. Default 8. */
  concurrency?: number;
  /** Where results go; they are also the BullMQ job's return value. */
  sink?: ResultSink;
  /**
   * The account's limit, enforced across every worker of the queue (give all of them the same).
   * It counts job starts; a job re-asked after a validation error makes more than one request.
   */
  rateLimit?: RateLimit;
  /**
   * How long a 429 pauses the queue when its headers do not say (`retry-after`, `retry-after-ms`
   * and Cerebras' `x-ratelimit-reset-*` are read). Default 1000 ms.
   */
  rateLimitFallbackMs?: number;
  /** BullMQ lock duration: a dead worker's jobs return to the queue after about this long. */
  lockDuration?: number;
  /** How often BullMQ looks for jobs whose worker died. */
  stalledInterval?: number;
  /** Worker-level errors (lost Redis connection, …). Default: `console.error`. */
  onError?: (error: Error) => void;
}

/** A running extraction worker. */
export interface ExtractionWorker {
  /** The BullMQ worker, for events (`completed`, `failed`, …) and anything not wrapped here. */
  readonly worker: Worker<ExtractionJob, ExtractionResult>;
  /** Finishes the active jobs, then closes the worker, the sink and their connections. */
  close(): Promise<void>;
}

/**
 * Starts a BullMQ worker that runs `instructor.generateWithCompletion` for each job of the
 * queue. Retryable provider failures are retried by BullMQ with the job's backoff; a 429 pauses
 * every worker of the queue for its `retry-after`; everything else fails the job terminally with
 * the typed error and the model's raw output in its log and in the sink.
 */
export function createExtractionWorker(options: ExtractionWorkerOptions): ExtractionWorker {
  const connection = toBullConnection(options.connection);
  const registry = createSchemaRegistry(options.schemas);
  // A 429 sets the queue-wide limiter key through this handle, so every worker waits.
  const control = new Queue<ExtractionJob, ExtractionResult>(options.name, { connection });
  const worker = new Worker<ExtractionJob, ExtractionResult>(
    options.name,
    (job, _token, signal) =>
      processExtraction(job, signal, {
        instructor: options.instructor,
        registry,
        sink: options.sink,
        pauseQueue: (ms) => control.rateLimit(ms),
        rateLimitFallbackMs: options.rateLimitFallbackMs ?? 1000,
      }),
    {
      connection,
      concurrency: options.concurrency ?? 8,
      limiter: options.rateLimit === undefined ? unlimited : toBullLimiter(options.rateLimit),
      // BullMQ takes an explicit undefined as a value, so pass only what was set.
      ...(options.lockDuration === undefined ? {} : { lockDuration: options.lockDuration }),
      ...(options.stalledInterval === undefined
        ? {}
        : { stalledInterval: options.stalledInterval }),
    },
  );
  const onError = options.onError ?? ((error: Error) => console.error("[instr worker]", error));
  worker.on("error", onError);
  control.on("error", onError);
  return {
    worker,
    async close() {
      await worker.close();
      await control.close();
      await options.sink?.close?.();
    },
  };
}
