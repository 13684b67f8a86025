import type { ExtractionFailure, ExtractionResult, ResultSink } from "./result-sink.js";

/** A sink that hands each result (and each final failure) to your functions. */
export function callbackSink(
  onResult: (result: ExtractionResult) => void | Promise<void>,
  onFailure?: (failure: ExtractionFailure) => void | Promise<void>,
): ResultSink {
  return {
    async write(result) {
      await onResult(result);
    },
    async fail(failure) {
      await onFailure?.(failure);
    },
  };
}
