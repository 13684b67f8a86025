import type { ResponseModel } from "../types/response-model.js";
import type { Usage } from "../types/usage.js";
import type { GenerateParams } from "./instructor.js";

/**
 * The requests of a batch: any iterable or async iterable of `generate` parameters (one response
 * model for all, or one per item), read lazily so the input never has to fit in memory.
 */
export type BatchRequests<S extends ResponseModel> =
  | Iterable<GenerateParams<S>>
  | AsyncIterable<GenerateParams<S>>;

/** Options of {@link Instructor.generateBatch} and {@link Instructor.generateBatchIterable}. */
export interface BatchOptions {
  /**
   * Most requests in flight at once; default 8. The pool starts here, halves on every
   * rate-limit wave (HTTP 429) and grows back by one per window of successes, never above this.
   */
  concurrency?: number;
  /** Aborts in-flight requests, stops reading the input and rejects the batch with its reason. */
  signal?: AbortSignal;
  /** Called after every settled item, with running totals. A throwing handler rejects the batch. */
  onProgress?: (progress: BatchProgress) => void;
  /**
   * How many times one item is re-sent after a retryable `ProviderError` (429, 5xx, dropped
   * connection) before it is reported as rejected; default 5. Validation re-asks are separate
   * (`maxRetries` of each request).
   */
  maxRequestRetries?: number;
  /**
   * Longest pause after a 429, in milliseconds, whatever `retry-after` says; default 60 000.
   * A longer limit window (e.g. a daily quota) shows up as items rejected with the 429 error.
   */
  maxPauseMs?: number;
}

/** Running totals of a batch. */
export interface BatchProgress {
  /** Items settled so far, fulfilled or rejected. */
  done: number;
  succeeded: number;
  failed: number;
  /** Requests in flight right now. */
  inFlight: number;
  /** The adaptive concurrency limit right now. */
  concurrency: number;
  /** Rate-limit responses (429) seen so far, re-sent items included. */
  rateLimited: number;
  /** Usage summed over every settled item, failed attempts included. */
  usage: Usage;
  elapsedMs: number;
  /** `usage.totalTokens` per second of wall time since the batch started. */
  tokensPerSecond: number;
}

/** The totals of a finished batch. */
export type BatchSummary = BatchProgress;

/**
 * The outcome of one item: one bad item never sinks the batch. `status` is named as in
 * `Promise.allSettled`, but a rejected item carries its failure as `error` (not `reason`), and a
 * fulfilled one its `usage` and, like a rejected one, its `index` in the input.
 */
export type BatchItemResult<T> =
  | { status: "fulfilled"; index: number; value: T; usage: Usage }
  | {
      status: "rejected";
      index: number;
      /** What rejected the item: usually a `RetryError` or `ProviderError`, else what was thrown. */
      error: unknown;
    };

/** What {@link Instructor.generateBatch} resolves to. */
export interface BatchResult<T> {
  /** One result per input item, in input order. */
  results: BatchItemResult<T>[];
  summary: BatchSummary;
}
