import type { z } from "zod";
import type { BatchItemResult, BatchOptions, BatchResult, BatchSummary } from "../types/batch.js";
import type { GenerateParams, Instructor } from "../types/instructor.js";
import { runBatch } from "./run-batch.js";

/** The requests of a batch: any (async) iterable, read lazily. */
export type BatchRequests<S extends z.ZodType> =
  | Iterable<GenerateParams<S>>
  | AsyncIterable<GenerateParams<S>>;

type Generator = Pick<Instructor, "generateWithCompletion">;

/**
 * Runs `generateWithCompletion` over `requests` with adaptive concurrency and yields each
 * item's result as it settles (completion order, with its input `index`); returns the summary.
 */
export function generateBatchIterable<S extends z.ZodType>(
  instructor: Generator,
  requests: BatchRequests<S>,
  options: BatchOptions = {},
): AsyncGenerator<BatchItemResult<z.output<S>>, BatchSummary, undefined> {
  return runBatch(
    requests,
    async (params, signal) => {
      const result = await instructor.generateWithCompletion({
        ...params,
        signal: params.signal ? AbortSignal.any([params.signal, signal]) : signal,
      });
      return { value: result.data, usage: result.usage };
    },
    options,
  );
}

/** Runs a whole batch and resolves to every item's result in input order, and the summary. */
export async function generateBatch<S extends z.ZodType>(
  instructor: Generator,
  requests: BatchRequests<S>,
  options: BatchOptions = {},
): Promise<BatchResult<z.output<S>>> {
  const results: BatchItemResult<z.output<S>>[] = [];
  const iterator = generateBatchIterable(instructor, requests, options);
  while (true) {
    const step = await iterator.next();
    if (step.done) return { results, summary: step.value };
    results[step.value.index] = step.value;
  }
}
