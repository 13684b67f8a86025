import type { Mode } from "@instr/core";
import {
  createExtractionWorker,
  createRedisCache,
  jsonlFileSink,
  perMinute,
  type RateLimit,
  redisHashSink,
} from "@instr/queue";
import { CliError } from "../cli-error.js";
import { cerebrasInstructor } from "../extract/cerebras-instructor.js";
import type { ExtractIo } from "../extract/run-extract.js";
import { startOtlpTracing } from "../telemetry/otlp-tracing.js";
import { connectQueue } from "./connect-queue.js";
import { loadQueueSchema } from "./queue-schema.js";
import type { QueueTarget } from "./queue-target.js";

/** Options of `instr worker`. */
export interface WorkerOptions extends QueueTarget {
  /** Schema specs this worker extracts (as for `instr extract --schema`). */
  schema: string[];
  concurrency: number;
  /** The account's request limit, shared by every worker of the queue (`--rate 50/s`). */
  rate?: RateLimit;
  /** The account's requests per minute (`--rpm`, the same as `--rate <n>/m`). */
  rpm?: number;
  /** Job lock in ms: a killed worker's jobs come back within about lock + stalled interval. */
  lockDuration: number;
  /** How often (ms) to look for jobs whose worker died. */
  stalledInterval: number;
  /** On a stop signal, how long (ms) the jobs in hand may finish before going back to the queue. */
  grace: number;
  /** Results JSONL; default: the Redis hash `<queue-name>:results`. */
  out?: string;
  /** Final failures JSONL, with `--out`; default: the Redis hash `<queue-name>:results:failed`. */
  failures?: string;
  /** Share validated answers with every worker through Redis. */
  cache: boolean;
  baseUrl?: string;
  mode?: Mode;
  maxRetries?: number;
  /** No re-ask once a job's attempts have spent this many tokens. */
  tokenBudget?: number;
  /** Export traces over OTLP/HTTP to this collector URL. */
  otlp?: string;
}

/** What a worker did before it was stopped. */
export interface WorkerSummary {
  completed: number;
  failed: number;
}

// After the grace period, released jobs need a moment to go back to the queue.
const releaseMs = 5000;

/**
 * `instr worker`: consumes the queue until `io.signal` aborts (Ctrl-C, SIGTERM), then stops
 * taking jobs, lets those in hand finish for `grace` ms, puts the rest back in the queue and
 * closes. Each final failure is reported on stderr; while Redis is unreachable, one line per
 * reconnect step.
 */
export async function runWorker(options: WorkerOptions, io: ExtractIo): Promise<WorkerSummary> {
  if (io.signal === undefined) throw new CliError("instr worker needs a stop signal.");
  const signal = io.signal;
  const say = (line: string) => io.stderr.write(`instr worker: ${line}\n`);
  const url = await connectQueue(options, io, { warnIfVolatile: true, prefix: "instr worker" });
  const schemas = await Promise.all(options.schema.map((spec) => loadQueueSchema(spec, io.cwd)));
  const connection = options.queue;
  const onError = (error: Error) => say(error.message);
  const cache = options.cache
    ? createRedisCache({ connection, prefix: `${options.queueName}:cache:`, onError })
    : undefined;
  const sink =
    options.out === undefined
      ? redisHashSink({ connection, key: `${options.queueName}:results`, onError })
      : jsonlFileSink(
          options.out,
          options.failures === undefined ? {} : { failuresPath: options.failures },
        );
  const tracing =
    options.otlp === undefined ? undefined : await startOtlpTracing(options.otlp, "instr worker");
  const rateLimit =
    options.rate ?? (options.rpm === undefined ? undefined : perMinute(options.rpm));
  const worker = createExtractionWorker({
    connection,
    name: options.queueName,
    instructor: io.instructor ?? cerebrasInstructor(options, io.env, cache, tracing?.tracer),
    schemas,
    sink,
    concurrency: options.concurrency,
    ...(rateLimit === undefined ? {} : { rateLimit }),
    lockDuration: options.lockDuration,
    stalledInterval: options.stalledInterval,
    onError,
  });
  const summary: WorkerSummary = { completed: 0, failed: 0 };
  worker.worker.on("completed", () => {
    summary.completed += 1;
  });
  worker.worker.on("failed", (job, error) => {
    // BullMQ emits "failed" for every failed run; only a final one has `finishedOn`.
    if (job?.finishedOn === undefined) return;
    summary.failed += 1;
    say(`${job.id} failed: ${error.message}`);
  });
  say(
    `consuming "${options.queueName}" on ${url} with ${schemas
      .map((s) => `${s.name}@${s.hash}`)
      .join(", ")}; Ctrl-C or SIGTERM to stop.`,
  );
  const stopped = (async () => {
    await worker.worker.waitUntilReady();
    if (!signal.aborted) {
      await new Promise((resolve) => signal.addEventListener("abort", resolve, { once: true }));
    }
    say(`stopping: jobs in hand have ${options.grace} ms to finish, then go back to the queue.`);
  })();
  // Close whatever happened above, then report it: a failure first, else a close that hung.
  const failure = await stopped.then(
    () => undefined,
    (error: unknown) => ({ error }),
  );
  // The last spans go out after the last jobs (bounded by the exporter's timeout).
  const closed = worker
    .close({ graceMs: options.grace })
    .then(() => cache?.close())
    .then(() => tracing?.shutdown());
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"late">((resolve) => {
    timer = setTimeout(() => resolve("late"), options.grace + releaseMs);
  });
  const outcome = await Promise.race([closed, late]);
  clearTimeout(timer);
  if (failure !== undefined) throw failure.error;
  if (outcome === "late") {
    throw new CliError(
      `did not stop within ${options.grace + releaseMs} ms (is Redis reachable?); jobs still held come back to the queue after --lock-duration.`,
    );
  }
  return summary;
}
