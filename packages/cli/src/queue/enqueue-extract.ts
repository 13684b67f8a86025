import { createExtractionQueue, type ExtractionJob } from "@instr/queue";
import type { CommandContext } from "../commands/command-context.js";
import type { ExtractOptions } from "../extract/extract-options.js";
import type { ExtractIo } from "../extract/run-extract.js";
import { readItems } from "../input/read-items.js";
import { resolveInputFiles } from "../input/resolve-input-files.js";
import { failureRecord } from "../output/failure-record.js";
import { JsonlWriter } from "../output/jsonl-writer.js";
import { loadQueueSchema } from "./queue-schema.js";
import { type QueueTarget, redactRedisUrl } from "./queue-target.js";

/** What {@link enqueueExtract} did. */
export interface EnqueueSummary {
  /** Jobs handed to the queue (those already in it are not added again). */
  enqueued: number;
  /** Input lines that hold no document, written to the failures file. */
  invalid: number;
}

/**
 * `instr extract --queue`: turns every input item into a job for `instr worker` processes
 * instead of running it here. The item's id and hash travel as the job's `meta`, so results
 * name their document; job ids are content hashes, so enqueueing again adds nothing new.
 */
async function enqueueExtract(
  options: ExtractOptions & QueueTarget,
  io: Pick<ExtractIo, "cwd">,
): Promise<EnqueueSummary> {
  const schema = await loadQueueSchema(options.schema, io.cwd);
  const files = await resolveInputFiles(options.input, io.cwd);
  const queue = createExtractionQueue({ connection: options.queue, name: options.queueName });
  // Opened on the first unusable line only, so enqueueing never clobbers a local run's file.
  let failures: JsonlWriter | undefined;
  let invalid = 0;
  async function* jobs(): AsyncGenerator<ExtractionJob> {
    for await (const item of readItems(files, io.cwd)) {
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
    const ids = await queue.addBulk(jobs());
    return { enqueued: ids.length, invalid };
  } finally {
    await Promise.all([queue.close(), failures?.close()]);
  }
}

/** `instr extract --queue`: enqueues and reports; exit status 2 when some input lines were unusable. */
export async function enqueueFromCli(
  options: ExtractOptions & QueueTarget,
  context: CommandContext,
): Promise<void> {
  const summary = await enqueueExtract(options, context);
  context.stderr.write(
    `instr: enqueued ${summary.enqueued} jobs on "${options.queueName}" at ${redactRedisUrl(options.queue)}` +
      (summary.invalid > 0
        ? `; ${summary.invalid} unusable input lines in ${options.failures}`
        : "") +
      "; run `instr worker` to process them and `instr status` to watch.\n",
  );
  if (summary.invalid > 0) context.setExitCode(2);
}
