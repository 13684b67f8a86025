import type { ExtractionJob, SubmitSummary } from "@instr/queue";
import type { CommandContext } from "../command-support/command-context.js";
import type { ExtractOptions } from "../extract/extract-options.js";
import type { ExtractIo } from "../extract/run-extract.js";
import { readItems } from "../input/read-items.js";
import { resolveInputFiles } from "../input/resolve-input-files.js";
import { failureRecord } from "../output/failure-record.js";
import { JsonlWriter } from "../output/jsonl-writer.js";
import { connectQueue, openQueue } from "./connect-queue.js";
import { loadQueueSchema } from "./queue-schema.js";
import type { QueueTarget } from "./queue-target.js";

/** Options of `instr extract --queue`. */
export interface EnqueueOptions extends ExtractOptions, QueueTarget {
  /** Put jobs that failed before back in the queue (`--no-retry-failed` turns it off). */
  retryFailed: boolean;
}

/** What {@link enqueueExtract} did. */
export interface EnqueueSummary extends SubmitSummary {
  /** Input items that are no document (unusable line, empty, undecodable): never enqueued. */
  invalid: number;
}

/**
 * `instr extract --queue`: turns every input item into a job for `instr worker` processes
 * instead of running it here. The item's id and hash travel as the job's `meta`, so results
 * name their document; job ids are content hashes, so enqueueing again adds nothing new, and a
 * job that failed before is put back in the queue unless `retryFailed` is false.
 */
async function enqueueExtract(
  options: EnqueueOptions,
  io: Pick<ExtractIo, "cwd" | "stderr">,
): Promise<EnqueueSummary> {
  const schema = await loadQueueSchema(options.schema, io.cwd);
  const files = await resolveInputFiles(options.input, io.cwd);
  const queue = openQueue(options, io);
  // Opened on the first unusable item only, so enqueueing never clobbers a local run's file.
  let failures: JsonlWriter | undefined;
  let invalid = 0;
  async function* jobs(): AsyncGenerator<ExtractionJob> {
    for await (const item of readItems(files, io.cwd, { encoding: options.encoding })) {
      if ("error" in item) {
        invalid += 1;
        failures ??= new JsonlWriter(options.failures, { append: false });
        await failures.write(failureRecord(item, item.error, item.raw));
        continue;
      }
      yield {
        schema,
        model: options.model,
        system: options.system,
        prompt: item.text,
        ...(options.mode === undefined ? {} : { mode: options.mode }),
        settings: {
          ...(options.temperature === undefined ? {} : { temperature: options.temperature }),
          ...(options.maxTokens === undefined ? {} : { maxTokens: options.maxTokens }),
          ...(options.maxRetries === undefined ? {} : { maxRetries: options.maxRetries }),
        },
        meta: { id: item.id, hash: item.hash },
      };
    }
  }
  try {
    const summary = await queue.submit(jobs(), { retryFailed: options.retryFailed });
    return { ...summary, invalid };
  } finally {
    await Promise.all([queue.close(), failures?.close()]);
  }
}

/**
 * `instr extract --queue`: enqueues and says exactly what it did; exit status 2 when some input
 * items were unusable.
 */
export async function enqueueFromCli(
  options: EnqueueOptions,
  context: CommandContext,
): Promise<void> {
  const url = await connectQueue(options, context, { warnIfVolatile: false, prefix: "instr" });
  const s = await enqueueExtract(options, context);
  const failedBefore =
    s.failedBefore === 0
      ? "0 failed before"
      : options.retryFailed
        ? `${s.failedBefore} failed before — retried`
        : `${s.failedBefore} failed before — not retried (\`instr retry\` retries them)`;
  context.stderr.write(
    `instr: "${options.queueName}" at ${url}: ${s.added} new, ${s.alreadyDone} already done, ${failedBefore}` +
      (s.alreadyQueued > 0 ? `, ${s.alreadyQueued} already queued` : "") +
      (s.invalid > 0 ? `; ${s.invalid} unusable input items in ${options.failures}` : "") +
      "; run `instr worker` to process them and `instr status` to watch.\n",
  );
  if (s.invalid > 0) context.setExitCode(2);
}
