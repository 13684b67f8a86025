import type { BatchProgress, GenerateParams, Instructor, TelemetryTracer } from "@instr/core";
import { createFileCache } from "@instr/core/cache-fs";
import type { z } from "zod";
import { type InputItem, itemKey } from "../input/input-item.js";
import { readItems } from "../input/read-items.js";
import { resolveInputFiles } from "../input/resolve-input-files.js";
import { completedItems } from "../output/completed-items.js";
import { failureRecord } from "../output/failure-record.js";
import { JsonlWriter } from "../output/jsonl-writer.js";
import { barView } from "../progress/bar-view.js";
import { lineView } from "../progress/line-view.js";
import type { ExtractProgress, ProgressView } from "../progress/progress-view.js";
import { loadSchema } from "../schema/load-schema.js";
import { startOtlpTracing } from "../telemetry/otlp-tracing.js";
import { cerebrasInstructor } from "./cerebras-instructor.js";
import type { ExtractOptions, ExtractSummary } from "./extract-options.js";

/** Where a run reads its environment and reports progress. */
export interface ExtractIo {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Stops the run: requests in flight are aborted, results so far stay written. */
  signal?: AbortSignal;
  /** Overrides the Cerebras client built from `env` and `--base-url` (for other providers). */
  instructor?: Instructor;
}

type Document = Extract<InputItem, { text: string }>;

/**
 * `instr extract`: runs every input item not yet in `options.out` through the batch pool and
 * appends each result as it settles, so an interrupted run resumes where it stopped. Failures go
 * to `options.failures` with the error and the model's raw output. Rejects on a usage error or
 * an abort; item failures only count in the summary. With `options.otlp`, every item's call is
 * traced and the spans are sent before the run resolves.
 */
export async function runExtract(options: ExtractOptions, io: ExtractIo): Promise<ExtractSummary> {
  const schema = await loadSchema(options.schema, io.cwd);
  const files = await resolveInputFiles(options.input, io.cwd);
  const tracing =
    options.otlp === undefined ? undefined : await startOtlpTracing(options.otlp, "instr extract");
  try {
    return await extract(options, io, schema, files, tracing?.tracer);
  } finally {
    await tracing?.shutdown();
  }
}

async function extract(
  options: ExtractOptions,
  io: ExtractIo,
  schema: z.ZodType,
  files: string[],
  tracer: TelemetryTracer | undefined,
): Promise<ExtractSummary> {
  const cache = options.cache === undefined ? undefined : createFileCache({ dir: options.cache });
  const instructor = io.instructor ?? cerebrasInstructor(options, io.env, cache, tracer);
  const done = await completedItems(options.out);
  if (done.droppedBytes > 0) {
    io.stderr.write(
      `instr: cut an unfinished last line (${done.droppedBytes} bytes) off ${options.out}; that item runs again.\n`,
    );
  }

  let total = 0;
  let skipped = 0;
  for await (const item of readItems(files, io.cwd, { encoding: options.encoding })) {
    total += 1;
    if (done.keys.has(itemKey(item))) skipped += 1;
  }

  let cacheHits = 0;
  const unsubscribe = instructor.on("cache:hit", () => {
    cacheHits += 1;
  });
  let inputFailures = 0;
  let batch: BatchProgress | undefined;
  const progressOf = (): ExtractProgress => ({
    total: total - skipped,
    succeeded: batch?.succeeded ?? 0,
    failed: (batch?.failed ?? 0) + inputFailures,
    cacheHits,
    rateLimited: batch?.rateLimited ?? 0,
    usage: batch?.usage ?? { promptTokens: 0, completionTokens: 0, totalTokens: 0 },
    elapsedMs: batch?.elapsedMs ?? 0,
    tokensPerSecond: batch?.tokensPerSecond ?? 0,
  });
  const view = progressView(options, io, total - skipped);

  const results = new JsonlWriter(options.out, { append: true });
  const failures = new JsonlWriter(options.failures, { append: false });
  // Items in flight by batch index: the pool reads the input lazily, so this stays small.
  const pending = new Map<number, Document>();

  async function* requests(): AsyncGenerator<GenerateParams<z.ZodType>> {
    let index = 0;
    for await (const item of readItems(files, io.cwd, { encoding: options.encoding })) {
      if (done.keys.has(itemKey(item))) continue;
      if ("error" in item) {
        inputFailures += 1;
        await failures.write(failureRecord(item, item.error, item.raw));
        continue;
      }
      pending.set(index, item);
      index += 1;
      yield {
        responseModel: schema,
        model: options.model,
        system: options.system,
        prompt: item.text,
        ...(options.temperature === undefined ? {} : { temperature: options.temperature }),
        ...(options.maxTokens === undefined ? {} : { maxTokens: options.maxTokens }),
      };
    }
  }

  try {
    const settled = instructor.generateBatchIterable(requests(), {
      concurrency: options.concurrency,
      ...(io.signal === undefined ? {} : { signal: io.signal }),
      onProgress: (progress) => {
        batch = progress;
        view?.update(progressOf());
      },
    });
    for await (const result of settled) {
      const item = pending.get(result.index)!;
      pending.delete(result.index);
      if (result.status === "fulfilled") {
        await results.write({
          id: item.id,
          hash: item.hash,
          data: result.value,
          usage: result.usage,
        });
      } else {
        await failures.write(failureRecord(item, result.error));
      }
    }
  } finally {
    unsubscribe();
    view?.stop(progressOf());
    await Promise.all([results.close(), failures.close()]);
  }
  return { ...progressOf(), total, skipped };
}

function progressView(
  options: ExtractOptions,
  io: ExtractIo,
  total: number,
): ProgressView | undefined {
  if (!options.progress) return undefined;
  return io.stderr.isTTY ? barView(io.stderr, total) : lineView(io.stderr);
}
