import type { Mode } from "@instr/core";
import {
  createExtractionWorker,
  createRedisCache,
  jsonlFileSink,
  perMinute,
  redisHashSink,
} from "@instr/queue";
import { CliError } from "../cli-error.js";
import type { ExtractIo } from "../extract/run-extract.js";
import { providerInstructor } from "../providers/provider-instructor.js";
import type { ProviderName } from "../providers/provider-table.js";
import { loadQueueSchema } from "./queue-schema.js";
import { type QueueTarget, redactRedisUrl } from "./queue-target.js";

/** Options of `instr worker`. */
export interface WorkerOptions extends QueueTarget {
  /** Schema specs this worker extracts (as for `instr extract --schema`). */
  schema: string[];
  concurrency: number;
  /** The account's requests per minute, shared by every worker of the queue. */
  rpm?: number;
  /** Results JSONL; default: the Redis hash `<queue-name>:results`. */
  out?: string;
  /** Final failures JSONL, with `--out`; default: the Redis hash `<queue-name>:results:failed`. */
  failures?: string;
  /** Share validated answers with every worker through Redis. */
  cache: boolean;
  /** The model provider; default `"cerebras"`. */
  provider?: ProviderName;
  baseUrl?: string;
  mode?: Mode;
  maxRetries?: number;
}

/** What a worker did before it was stopped. */
export interface WorkerSummary {
  completed: number;
  failed: number;
}

/**
 * `instr worker`: consumes the queue until `io.signal` aborts (Ctrl-C), then finishes the jobs
 * in hand and closes. Each final failure is reported on stderr.
 */
export async function runWorker(options: WorkerOptions, io: ExtractIo): Promise<WorkerSummary> {
  if (io.signal === undefined) throw new CliError("instr worker needs a stop signal.");
  const schemas = await Promise.all(options.schema.map((spec) => loadQueueSchema(spec, io.cwd)));
  const connection = options.queue;
  const cache = options.cache
    ? createRedisCache({ connection, prefix: `${options.queueName}:cache:` })
    : undefined;
  const sink =
    options.out === undefined
      ? redisHashSink({ connection, key: `${options.queueName}:results` })
      : jsonlFileSink(
          options.out,
          options.failures === undefined ? {} : { failuresPath: options.failures },
        );
  const worker = createExtractionWorker({
    connection,
    name: options.queueName,
    instructor: io.instructor ?? providerInstructor(options, io.env, cache),
    schemas,
    sink,
    concurrency: options.concurrency,
    ...(options.rpm === undefined ? {} : { rateLimit: perMinute(options.rpm) }),
    onError: (error) => io.stderr.write(`instr worker: ${error.message}\n`),
  });
  const summary: WorkerSummary = { completed: 0, failed: 0 };
  worker.worker.on("completed", () => {
    summary.completed += 1;
  });
  worker.worker.on("failed", (job, error) => {
    // BullMQ emits "failed" for every failed run; only a final one has `finishedOn`.
    if (job?.finishedOn === undefined) return;
    summary.failed += 1;
    io.stderr.write(`instr worker: ${job.id} failed: ${error.message}\n`);
  });
  io.stderr.write(
    `instr worker: consuming "${options.queueName}" on ${redactRedisUrl(connection)} with ${schemas
      .map((s) => `${s.name}@${s.hash}`)
      .join(", ")}; Ctrl-C to stop.\n`,
  );
  try {
    await worker.worker.waitUntilReady();
    if (!io.signal.aborted) {
      await new Promise((resolve) => io.signal?.addEventListener("abort", resolve, { once: true }));
    }
  } finally {
    await worker.close();
    await cache?.close();
  }
  return summary;
}
