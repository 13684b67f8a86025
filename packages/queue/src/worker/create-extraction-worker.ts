import type { Instructor } from "@instr/core";
import { Queue, type Worker } from "bullmq";
import { createReconnectPolicy } from "../connection/reconnect-policy.js";
import {
  createRedisClient,
  describeConnection,
  type RedisConnection,
  toBullConnection,
} from "../connection/redis-connection.js";
import { RedisUnavailableError } from "../errors/redis-unavailable-error.js";
import type { ExtractionJob } from "../job/extraction-job.js";
import type { ExtractionSchema } from "../schema/extraction-schema.js";
import { createSchemaRegistry } from "../schema/schema-registry.js";
import type { ExtractionResult, ResultSink } from "../sink/result-sink.js";
import { ExtractionBullWorker } from "./extraction-bull-worker.js";
import { processExtraction } from "./process-extraction.js";
import type { RateLimit } from "./rate-limit.js";
import { createSlidingWindowLimiter } from "./sliding-window-limiter.js";

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
   * Each job takes one slot before its model call; a job re-asked after a validation error makes
   * more than one request on it.
   */
  rateLimit?: RateLimit;
  /**
   * How long a 429 pauses the queue when its headers do not say (`retry-after`, `retry-after-ms`,
   * Cerebras' and OpenAI's `x-ratelimit-reset-*` and Anthropic's `anthropic-ratelimit-*-reset`
   * are read).
   * Default 1000 ms.
   */
  rateLimitFallbackMs?: number;
  /**
   * How long a job's lock lasts without renewal (renewed every half of it while the job runs).
   * A killed worker's jobs are back in the queue once their lock has expired and a stalled check
   * (every `stalledInterval`, on any live worker) has seen them twice: with the defaults within
   * about 8 s. Default 5000 ms.
   */
  lockDuration?: number;
  /** How often the workers look for jobs whose worker died. Default 3000 ms. */
  stalledInterval?: number;
  /**
   * Worker-level errors, and one {@link RedisUnavailableError} per reconnect step while Redis is
   * unreachable (its message names the URL, the reason and the next delay). Default:
   * `console.error`.
   */
  onError?: (error: Error) => void;
}

/** Options of {@link ExtractionWorker.close}. */
export interface CloseOptions {
  /**
   * How long the jobs in hand may take to finish; after it they are cancelled and put back in
   * the queue (without spending an attempt) for another worker. Default: wait for them.
   */
  graceMs?: number;
}

/** A running extraction worker. */
export interface ExtractionWorker {
  /** The BullMQ worker, for events (`completed`, `failed`, …) and anything not wrapped here. */
  readonly worker: Worker<ExtractionJob, ExtractionResult>;
  /**
   * Stops taking jobs, finishes (or, after `graceMs`, releases) the jobs in hand, then closes the
   * worker, the sink and their connections.
   */
  close(options?: CloseOptions): Promise<void>;
}

/** BullMQ's defaults are 30 s each: a killed worker's jobs sat locked for up to a minute. */
const defaultLockMs = 5000;
const defaultStalledIntervalMs = 3000;

/**
 * Starts a BullMQ worker that runs `instructor.generateWithCompletion` for each job of the
 * queue. Retryable provider failures are retried by BullMQ with the job's backoff; a 429 pauses
 * every worker of the queue for its `retry-after`; a job that cannot be read fails at once with
 * an `UnreadableJobError`; everything else fails the job terminally with the typed error and the
 * model's raw output in its log and in the sink.
 */
export function createExtractionWorker(options: ExtractionWorkerOptions): ExtractionWorker {
  const onError = options.onError ?? ((error: Error) => console.error("[instr worker]", error));
  const policy = createReconnectPolicy(describeConnection(options.connection), onError);
  const connection = {
    ...toBullConnection(options.connection),
    retryStrategy: policy.retryStrategy,
  };
  const registry = createSchemaRegistry(options.schemas);
  // A 429 sets the queue-wide limiter key through this handle, so every worker waits.
  const control = new Queue<ExtractionJob, ExtractionResult>(options.name, { connection });
  const limiterClient =
    options.rateLimit === undefined
      ? undefined
      : createRedisClient(
          options.connection,
          (error) => {
            // Outages are reported once per step by the policy, from every connection at once.
            if (!RedisUnavailableError.isInstance(error)) onError(error);
          },
          { retryStrategy: policy.retryStrategy },
        );
  const limiter =
    options.rateLimit === undefined || limiterClient === undefined
      ? undefined
      : createSlidingWindowLimiter(
          limiterClient,
          { log: control.toKey("instr-slots"), pause: control.toKey("limiter") },
          options.rateLimit,
        );
  // The abort reason of jobs cancelled when the grace period is over.
  const release = "the worker is shutting down; the job goes back to the queue";
  const worker: ExtractionBullWorker = new ExtractionBullWorker(
    options.name,
    (job, _token, signal) =>
      processExtraction(job, signal, {
        instructor: options.instructor,
        registry,
        sink: options.sink,
        pauseQueue: (ms) => control.rateLimit(ms),
        rateLimitFallbackMs: options.rateLimitFallbackMs ?? 1000,
        unreadableReason: (candidate) => worker.unreadableReason(candidate),
        acquireSlot: limiter?.acquire,
        release,
      }),
    {
      connection,
      concurrency: options.concurrency ?? 8,
      // A 429 pauses the queue through BullMQ's limiter key, which BullMQ reads only while some
      // limiter is configured: this one never binds (the sliding window above does the limiting).
      limiter: { max: Number.MAX_SAFE_INTEGER, duration: 1000 },
      lockDuration: options.lockDuration ?? defaultLockMs,
      stalledInterval: options.stalledInterval ?? defaultStalledIntervalMs,
    },
  );
  const onWorkerError = (error: Error) => {
    if (!policy.absorb(error)) onError(error);
  };
  worker.on("error", onWorkerError);
  control.on("error", onWorkerError);
  return {
    worker,
    async close({ graceMs } = {}) {
      const timer =
        graceMs === undefined
          ? undefined
          : setTimeout(() => worker.cancelAllJobs(release), graceMs);
      try {
        await worker.close();
      } finally {
        clearTimeout(timer);
        await control.close();
        limiterClient?.disconnect();
        await options.sink?.close?.();
      }
    },
  };
}
