import { type JobsOptions, Queue } from "bullmq";
import { logRedisError } from "../connection/default-error-log.js";
import { createReconnectPolicy } from "../connection/reconnect-policy.js";
import {
  describeConnection,
  type RedisConnection,
  toBullConnection,
} from "../connection/redis-connection.js";
import type { ExtractionJob } from "../job/extraction-job.js";
import { extractionJobId } from "../job/job-id.js";
import { schemaRef } from "../schema/extraction-schema.js";
import type { ExtractionResult } from "../sink/result-sink.js";
import { type RetrySummary, retryFailedJobs } from "./retry-failed-jobs.js";

/** How BullMQ keeps and retries extraction jobs. */
export interface ExtractionJobOptions {
  /** Runs per job when provider errors are retryable (429s do not count). Default 5. */
  attempts?: number;
  /** Delay before a retry; exponential from `delay` ms. Default `{ type: "exponential", delay: 1000 }`. */
  backoff?: JobsOptions["backoff"];
  /**
   * Completed jobs to keep. Default: all. A kept job is what makes re-enqueueing it a no-op;
   * when you trim them, give the workers a sink with `read` so re-runs still skip the model.
   */
  removeOnComplete?: JobsOptions["removeOnComplete"];
  /** Failed jobs to keep. Default: all. */
  removeOnFail?: JobsOptions["removeOnFail"];
}

/** Options of {@link createExtractionQueue}. */
export interface ExtractionQueueOptions {
  connection: RedisConnection;
  name: string;
  jobOptions?: ExtractionJobOptions;
  /**
   * Connection errors: one {@link RedisUnavailableError} per reconnect step while Redis is
   * unreachable, and anything else the queue's client reports. Default: one line on stderr.
   */
  onError?: (error: Error) => void;
}

/** The producer side of a queue of extractions. */
export interface ExtractionQueue {
  readonly name: string;
  /** The BullMQ queue, for counts, events and anything not wrapped here. */
  readonly queue: Queue<ExtractionJob, ExtractionResult>;
  /** Enqueues one extraction; resolves to its job id. An id already in the queue is not added again. */
  add(job: ExtractionJob): Promise<string>;
  /**
   * Enqueues many, in chunks of 1000, reading an async iterable lazily; resolves to their ids in
   * input order. An invalid job rejects the call with the chunks before it already enqueued;
   * calling again with the same jobs is safe, since ids dedupe.
   */
  addBulk(jobs: Iterable<ExtractionJob> | AsyncIterable<ExtractionJob>): Promise<string[]>;
  /**
   * Like {@link addBulk}, and says what each job was: new, already done, already queued, or
   * failed before — put back in the queue with its attempts reset unless `retryFailed` is false.
   */
  submit(
    jobs: Iterable<ExtractionJob> | AsyncIterable<ExtractionJob>,
    options?: { retryFailed?: boolean },
  ): Promise<SubmitSummary>;
  /** Puts every failed job back in the queue with its attempts reset. */
  retryFailed(): Promise<RetrySummary>;
  close(): Promise<void>;
}

/** What {@link ExtractionQueue.submit} did. */
export interface SubmitSummary {
  /** Every job's id, in input order. */
  ids: string[];
  /** Jobs not in the queue before: added. */
  added: number;
  /** Jobs already completed: not run again. */
  alreadyDone: number;
  /** Jobs already waiting, delayed or running: left as they are. */
  alreadyQueued: number;
  /** Jobs that had failed, whether or not they were retried. */
  failedBefore: number;
  /** Of those, how many were put back in the queue. */
  retried: number;
}

// One addBulk is one Redis MULTI; chunks keep each under a few MB for large batches.
const bulkChunk = 1000;

function toBullJob(job: ExtractionJob, defaults: JobsOptions) {
  if (job.prompt === undefined && (job.messages === undefined || job.messages.length === 0)) {
    throw new TypeError("An extraction job needs a prompt or messages.");
  }
  if (job.prompt?.trim() === "" && (job.messages?.length ?? 0) === 0) {
    throw new TypeError(
      "An extraction job's prompt is empty or only whitespace (an empty document).",
    );
  }
  const data: ExtractionJob = { ...job, schema: schemaRef(job.schema) };
  const jobId = extractionJobId(data);
  return { name: data.schema.name, data, opts: { ...defaults, jobId } };
}

type BullJob = ReturnType<typeof toBullJob>;

/** Turns jobs into BullMQ jobs and hands them to `flush` in chunks of {@link bulkChunk}. */
async function inChunks(
  jobs: Iterable<ExtractionJob> | AsyncIterable<ExtractionJob>,
  defaults: JobsOptions,
  flush: (chunk: BullJob[]) => Promise<void>,
): Promise<void> {
  let chunk: BullJob[] = [];
  for await (const job of jobs) {
    chunk.push(toBullJob(job, defaults));
    if (chunk.length === bulkChunk) {
      await flush(chunk);
      chunk = [];
    }
  }
  if (chunk.length > 0) await flush(chunk);
}

/**
 * Opens the queue that workers from {@link createExtractionWorker} consume. Job ids are a hash
 * of the work, so the same document enqueued twice (or a finished batch enqueued again) runs
 * once.
 */
export function createExtractionQueue(options: ExtractionQueueOptions): ExtractionQueue {
  const onError = options.onError ?? logRedisError;
  const policy = createReconnectPolicy(describeConnection(options.connection), onError);
  const queue = new Queue<ExtractionJob, ExtractionResult>(options.name, {
    connection: { ...toBullConnection(options.connection), retryStrategy: policy.retryStrategy },
  });
  queue.on("error", (error) => {
    if (!policy.absorb(error)) onError(error);
  });
  const {
    attempts = 5,
    backoff = { type: "exponential", delay: 1000 },
    ...keep
  } = options.jobOptions ?? {};
  const defaults: JobsOptions = { attempts, backoff, ...keep };
  return {
    name: options.name,
    queue,
    async add(job) {
      const { name, data, opts } = toBullJob(job, defaults);
      await queue.add(name, data, opts);
      return opts.jobId;
    },
    async addBulk(jobs) {
      const ids: string[] = [];
      await inChunks(jobs, defaults, async (chunk) => {
        await queue.addBulk(chunk);
        ids.push(...chunk.map((job) => job.opts.jobId));
      });
      return ids;
    },
    async submit(jobs, { retryFailed = true } = {}) {
      const summary: SubmitSummary = {
        ids: [],
        added: 0,
        alreadyDone: 0,
        alreadyQueued: 0,
        failedBefore: 0,
        retried: 0,
      };
      await inChunks(jobs, defaults, async (chunk) => {
        const ids = chunk.map((job) => job.opts.jobId);
        // A job repeated within a chunk is added once; its repeats count as already queued
        // (repeats across chunks find it in Redis).
        const firstAt = new Map<string, number>();
        for (const [i, id] of ids.entries()) if (!firstAt.has(id)) firstAt.set(id, i);
        const states = await Promise.all(
          ids.map((id, i) => (firstAt.get(id) === i ? queue.getJobState(id) : "repeated")),
        );
        const failed = ids.filter((_, i) => states[i] === "failed");
        await queue.addBulk(chunk.filter((_, i) => states[i] === "unknown"));
        if (retryFailed && failed.length > 0) {
          summary.retried += (await retryFailedJobs(queue, failed)).retried;
        }
        summary.ids.push(...ids);
        for (const state of states) {
          if (state === "unknown") summary.added += 1;
          else if (state === "completed") summary.alreadyDone += 1;
          else if (state === "failed") summary.failedBefore += 1;
          else summary.alreadyQueued += 1;
        }
      });
      return summary;
    },
    retryFailed: () => retryFailedJobs(queue),
    close: () => queue.close(),
  };
}
