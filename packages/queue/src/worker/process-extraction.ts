import {
  errorToJson,
  type GenerateResult,
  type Instructor,
  ProviderError,
  rateLimitDelayMs,
  rawOutputOf,
} from "@instr/core";
import { type Job, UnrecoverableError, Worker } from "bullmq";
import { UnreadableJobError } from "../errors/unreadable-job-error.js";
import type { ExtractionJob } from "../job/extraction-job.js";
import { invalidJobReason } from "../job/invalid-job-reason.js";
import type { SchemaRegistry } from "../schema/schema-registry.js";
import type { ExtractionFailure, ExtractionResult, ResultSink } from "../sink/result-sink.js";

/** What one job needs besides itself. */
export interface ProcessContext {
  instructor: Instructor;
  registry: SchemaRegistry;
  sink: ResultSink | undefined;
  /** Stops every worker of the queue from starting jobs for `ms`. */
  pauseQueue: (ms: number) => Promise<void>;
  rateLimitFallbackMs: number;
  /** Why the job's stored JSON could not be read (see `ExtractionBullWorker`). */
  unreadableReason: (job: Job) => string | undefined;
  /** Waits for a slot of the shared rate limit, when there is one. */
  acquireSlot: ((signal: AbortSignal | undefined) => Promise<void>) | undefined;
  /** The abort reason of a job released at shutdown: it goes back to the queue, unspent. */
  release: unknown;
}

/** Runs one extraction job: the BullMQ processor of {@link createExtractionWorker}. */
export async function processExtraction(
  job: Job<ExtractionJob, ExtractionResult>,
  signal: AbortSignal | undefined,
  context: ProcessContext,
): Promise<ExtractionResult> {
  const jobId = job.id!;
  const unreadable = context.unreadableReason(job) ?? invalidJobReason(job.data);
  if (unreadable !== undefined) {
    throw await failureToThrow(job, new UnreadableJobError({ jobId, reason: unreadable }), {
      ...context,
      readable: false,
    });
  }
  const stored = await context.sink?.read?.(jobId);
  if (stored !== undefined) return stored;
  const { schema, model, prompt, system, messages, mode, settings, meta } = job.data;
  let run: GenerateResult<unknown>;
  try {
    const { responseModel } = context.registry.resolve(schema);
    await context.acquireSlot?.(signal);
    run = await context.instructor.generateWithCompletion({
      responseModel,
      model,
      prompt,
      system,
      messages,
      mode,
      ...settings,
      signal,
    });
  } catch (error) {
    // Released at shutdown: back to the queue for another worker, without spending an attempt.
    if (signal?.aborted && signal.reason === context.release) throw Worker.RateLimitError();
    throw await failureToThrow(job, error, { ...context, readable: true });
  }
  const result: ExtractionResult = {
    jobId,
    schema,
    data: run.data,
    usage: run.usage,
    attempts: run.attempts,
    ...(meta === undefined ? {} : { meta }),
  };
  await context.sink?.write(result);
  return result;
}

/**
 * Decides what BullMQ does with a failed run: a 429 pauses the queue and puts the job back
 * without spending an attempt; a retryable provider error is retried with backoff; anything
 * else is final. Each failed run is logged on the job with the typed error and raw output.
 * `readable` is false when the job's data cannot be trusted to hold a schema or meta.
 */
async function failureToThrow(
  job: Job<ExtractionJob, ExtractionResult>,
  error: unknown,
  context: ProcessContext & { readable: boolean },
): Promise<Error> {
  if (ProviderError.isInstance(error) && error.status === 429) {
    const ms = rateLimitDelayMs(error.headers, Date.now()) ?? context.rateLimitFallbackMs;
    await context.pauseQueue(Math.max(1, ms));
    return Worker.RateLimitError();
  }
  const retryable = ProviderError.isInstance(error) && error.isRetryable;
  const attempt = job.attemptsMade + 1;
  const { schema, meta } = context.readable ? job.data : { schema: undefined, meta: undefined };
  const failure: ExtractionFailure = {
    jobId: job.id!,
    ...(schema === undefined ? {} : { schema }),
    error: errorToJson(error),
    rawOutput: rawOutputOf(error),
    attempt,
    final: !retryable || attempt >= (job.opts.attempts ?? 1),
    ...(meta === undefined ? {} : { meta }),
  };
  await job.log(JSON.stringify(failure));
  if (failure.final) await context.sink?.fail?.(failure);
  const message = `${String(failure.error.name)}: ${String(failure.error.message)}`;
  return retryable ? new Error(message, { cause: error }) : new UnrecoverableError(message);
}
