import type {
  BatchItemResult,
  BatchOptions,
  BatchRequests,
  BatchResult,
  BatchSummary,
} from "../instructor-types/batch.js";
import type { GenerateParams, GenerateResult } from "../instructor-types/instructor.js";
import type { ResponseModel, ResponseOf } from "../types/response-model.js";
import { runBatch } from "./run-batch.js";

/** One call of the batch: `Instructor.generateWithCompletion` or an equivalent. */
export type GenerateOne<S extends ResponseModel> = (
  params: GenerateParams<S>,
) => Promise<GenerateResult<ResponseOf<S>>>;

/**
 * `Instructor.generateBatchIterable`: runs `generate` over `requests` with adaptive concurrency
 * and yields each item's result as it settles (completion order, with its input `index`);
 * returns the summary. Each call gets the batch's abort signal, combined with its own.
 */
export function generateBatchIterable<S extends ResponseModel>(
  generate: GenerateOne<S>,
  requests: BatchRequests<S>,
  options: BatchOptions = {},
): AsyncGenerator<BatchItemResult<ResponseOf<S>>, BatchSummary, undefined> {
  return runBatch(
    requests,
    async (params, signal) => {
      const result = await generate({
        ...params,
        signal: params.signal ? AbortSignal.any([params.signal, signal]) : signal,
      });
      return { value: result.data, usage: result.usage };
    },
    options,
  );
}

/** `Instructor.generateBatch`: every item's result in input order, and the summary. */
export async function generateBatch<S extends ResponseModel>(
  generate: GenerateOne<S>,
  requests: BatchRequests<S>,
  options: BatchOptions = {},
): Promise<BatchResult<ResponseOf<S>>> {
  const results: BatchItemResult<ResponseOf<S>>[] = [];
  const iterator = generateBatchIterable(generate, requests, options);
  while (true) {
    const step = await iterator.next();
    if (step.done) return { results, summary: step.value };
    results[step.value.index] = step.value;
  }
}
