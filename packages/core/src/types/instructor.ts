import type { z } from "zod";
import type { JsonParseError } from "../errors/json-parse-error.js";
import type { ValidationError } from "../errors/validation-error.js";
import type { ProviderAdapter } from "./adapter.js";
import type { BatchItemResult, BatchOptions, BatchRequests, BatchResult } from "./batch.js";
import type { CacheStore } from "./cache.js";
import type { UserContent } from "./content-part.js";
import type { DeepPartial } from "./deep-partial.js";
import type { HookHandlers, HookName } from "./hooks.js";
import type { JsonLimits } from "./json-limits.js";
import type { Message } from "./message.js";
import type { Mode } from "./mode.js";
import type { ProviderOptions } from "./provider-metadata.js";
import type { Usage } from "./usage.js";

/** What `onRetry` is told before a failed attempt is re-asked. */
export interface RetryInfo {
  /** The attempt that failed (1-based). */
  attempt: number;
  /** Failed attempts so far. */
  retryCount: number;
  error: ValidationError | JsonParseError;
  rawText: string | null;
}

/** How many re-asks, and a callback before each. */
export interface RetryConfig {
  /** Re-asks after the first attempt. */
  maxRetries: number;
  onRetry?: (info: RetryInfo) => void | Promise<void>;
}

/**
 * Options of {@link createInstructor}. `TRaw` is the adapter's raw response type, which
 * `generateWithCompletion` returns as `completion`.
 */
export interface InstructorOptions<TRaw = unknown> {
  adapter: ProviderAdapter<TRaw>;
  /** Default: `adapter.defaultMode`. */
  mode?: Mode;
  /** Re-asks after the first attempt; default 2. */
  maxRetries?: number;
  /** Wins over `maxRetries`. */
  retry?: RetryConfig;
  /**
   * Called on every validation failure; return false to stop retrying.
   * `retryCount` is the number of failed attempts so far (1 on the first failure).
   */
  validationHook?: (
    value: unknown,
    retryCount: number,
    error: ValidationError,
  ) => boolean | Promise<boolean>;
  hooks?: Partial<HookHandlers>;
  /**
   * Caches validated answers of `generate` / `generateWithCompletion` (not the streaming
   * methods), keyed by a hash of provider, model, mode, messages, schema and settings.
   */
  cache?: CacheStore;
  /**
   * Size and depth limits on the model's JSON answer, for every method (whole and streamed
   * answers alike); default `{ maxLength: 8 MiB, maxDepth: 512 }`. `with({ limits })` layers
   * them one by one: `with({ limits: { maxDepth: 64 } })` keeps the current `maxLength`. An
   * invalid value (not an integer >= 1) rejects each call with an `InstructorError` before any
   * request is sent.
   */
  limits?: JsonLimits;
}

/** Parameters of one structured-output call. `S` is the response model. */
export interface GenerateParams<S extends z.ZodType> {
  responseModel: S;
  model: string;
  /** One user message (a string, or text, image and file parts), appended after `messages`. */
  prompt?: UserContent;
  system?: string;
  messages?: Message[];
  mode?: Mode;
  maxRetries?: number;
  temperature?: number;
  maxTokens?: number;
  signal?: AbortSignal;
  /** Rejects the whole call (every attempt included) after this many milliseconds. */
  timeoutMs?: number;
  /**
   * Extra request fields per provider, e.g. `{ openai: { seed: 7 }, cerebras: { top_p: 0.9 } }`:
   * each adapter reads only its own key, and the fields instr sets for the mode (messages,
   * response format, tools, tool choice, stream flags) always win over them.
   */
  providerOptions?: ProviderOptions;
  /** `false`: neither read nor write the instructor's `cache` for this call. */
  cache?: boolean;
}

/**
 * What {@link Instructor.generateWithCompletion} resolves to. `TCompletion` is the adapter's raw
 * response type (the SDK's `ChatCompletion` for `fromCerebras` and `fromOpenAI`).
 */
export interface GenerateResult<T, TCompletion = unknown> {
  data: T;
  /**
   * The provider's raw response of the successful attempt; `undefined` when the answer came from
   * the cache.
   */
  completion: TCompletion | undefined;
  /** Usage summed over every attempt. */
  usage: Usage;
  /** Attempts made, the successful one included; 0 when the answer came from the cache. */
  attempts: number;
  /** What the model thought before its successful answer, when the provider returned it. */
  reasoning?: string;
}

/**
 * A structured-output client bound to one provider adapter. `TCompletion` is the adapter's raw
 * response type, the type of `generateWithCompletion(…).completion`.
 */
export interface Instructor<TCompletion = unknown> {
  /** Resolves to the validated value. */
  generate<S extends z.ZodType>(params: GenerateParams<S>): Promise<z.output<S>>;
  /** Like `generate`, with the raw completion, summed usage and the number of attempts. */
  generateWithCompletion<S extends z.ZodType>(
    params: GenerateParams<S>,
  ): Promise<GenerateResult<z.output<S>, TCompletion>>;
  /** `responseModel` is the element schema: yields each element as soon as it is complete. */
  generateIterable<S extends z.ZodType>(params: GenerateParams<S>): AsyncIterable<z.output<S>>;
  /** Yields partial snapshots while tokens arrive; the last one is the validated value. */
  generatePartial<S extends z.ZodType>(
    params: GenerateParams<S>,
  ): AsyncIterable<DeepPartial<z.output<S>>>;
  /**
   * Runs many calls with adaptive concurrency and resolves to every item's result in input
   * order (`fulfilled` with value and usage, or `rejected` with the error), with totals. A 429
   * halves the concurrency, pauses every request for its `retry-after` and re-sends the item.
   */
  generateBatch<S extends z.ZodType>(
    requests: BatchRequests<S>,
    options?: BatchOptions,
  ): Promise<BatchResult<z.output<S>>>;
  /**
   * Like `generateBatch`, yielding each item's result as soon as it settles (completion order,
   * with its input `index`), so neither input nor results need to fit in memory.
   */
  generateBatchIterable<S extends z.ZodType>(
    requests: BatchRequests<S>,
    options?: BatchOptions,
  ): AsyncIterable<BatchItemResult<z.output<S>>>;
  /** Subscribes to a hook event; returns the unsubscribe function. */
  on<E extends HookName>(event: E, handler: HookHandlers[E]): () => void;
  off<E extends HookName>(event: E, handler: HookHandlers[E]): void;
  /** A new client with these options layered over this one's (Python instructor's `patch`). */
  with(options: Partial<Omit<InstructorOptions, "adapter">>): Instructor<TCompletion>;
}
