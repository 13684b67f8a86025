import type { JsonParseError } from "../errors/json-parse-error.js";
import type { ValidationError } from "../errors/validation-error.js";
import type { ProviderAdapter } from "../types/adapter.js";
import type { CacheStore } from "../types/cache.js";
import type { UserContent } from "../types/content-part.js";
import type { JsonLimits } from "../types/json-limits.js";
import type { Message } from "../types/message.js";
import type { Mode } from "../types/mode.js";
import type { ProviderOptions } from "../types/provider-metadata.js";
import type { ReasoningEffort } from "../types/reasoning-effort.js";
import type {
  JsonSchemaConverter,
  PartialResponseOf,
  ResponseModel,
  ResponseOf,
} from "../types/response-model.js";
import type { TelemetrySetting } from "../types/telemetry.js";
import type { Usage } from "../types/usage.js";
import type { BatchItemResult, BatchOptions, BatchRequests, BatchResult } from "./batch.js";
import type { HookHandlers, HookName } from "./hooks.js";
import type { ElementStreamEvent, ValueStreamEvent } from "./stream-event.js";

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
  /**
   * OpenTelemetry spans and metrics for every call: `true` (the global tracer and meter
   * providers) or `{ tracer, meter, recordContent, functionId }`. Off by default; needs
   * `@opentelemetry/api` installed when on. See `docs/telemetry.md`.
   */
  telemetry?: TelemetrySetting;
  /**
   * Most tokens (`usage.totalTokens`, summed over attempts) one call may spend on re-asks:
   * before each re-ask, a call that has reached it stops with a `RetryError` saying so. A
   * positive integer; default none.
   */
  tokenBudget?: number;
  /**
   * Converts a Standard Schema response model that does not implement the Standard JSON Schema
   * interface (`~standard.jsonSchema`) into JSON Schema; see docs/schemas.md. zod schemas and
   * validators that implement the interface never use it.
   */
  toJsonSchema?: JsonSchemaConverter;
  /**
   * When the provider rejects a request because of its mode (a 400 about `tool_choice`,
   * `response_format` / `json_schema`, or streaming with a schema), send the same attempt again
   * in the next mode the adapter supports (JSON_SCHEMA → TOOLS → JSON → MD_JSON, after the
   * rejected one) and remember the rejection per provider and model for this client and every
   * client `with()` made from it. Default `true`; `false` sends exactly the mode asked for and
   * rejects with the provider's `ProviderError`.
   */
  modeFallback?: boolean;
  /** Default `reasoningEffort` of every call (see `GenerateParams.reasoningEffort`). */
  reasoningEffort?: ReasoningEffort;
}

/**
 * Parameters of one structured-output call. `S` is the response model: a zod schema, any
 * Standard Schema validator with a JSON Schema path, or `jsonSchema(…)` (see docs/schemas.md).
 */
export interface GenerateParams<S extends ResponseModel> {
  responseModel: S;
  model: string;
  /** One user message (a string, or text, image and file parts), appended after `messages`. */
  prompt?: UserContent;
  system?: string;
  messages?: Message[];
  mode?: Mode;
  /** Re-asks after the first attempt; wins over `retry.maxRetries` and the instructor's. */
  maxRetries?: number;
  /**
   * This call's re-asks and `onRetry`, over the instructor's: the budget is `maxRetries` ??
   * `retry.maxRetries` ?? the instructor's `retry.maxRetries` ?? its `maxRetries` ?? 2, and
   * `retry.onRetry` replaces the instructor's `onRetry` when given.
   */
  retry?: RetryConfig;
  temperature?: number;
  maxTokens?: number;
  /**
   * How hard a reasoning model thinks: mapped to the provider's knob (`reasoning_effort` on
   * Cerebras and OpenAI). A model the adapter knows takes no effort (or not this one) rejects the
   * call with `UnsupportedReasoningError` before any request. Reasoning tokens count towards
   * `maxTokens`. Raw provider knobs stay in `providerOptions`.
   */
  reasoningEffort?: ReasoningEffort;
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
  /** This call's telemetry; wins over the instructor's (`false` turns it off for the call). */
  telemetry?: TelemetrySetting;
  /** This call's token budget; wins over the instructor's `tokenBudget`. */
  tokenBudget?: number;
  /**
   * This call's converter, over the instructor's `toJsonSchema`; typed by the response model (a
   * method, so params of a narrower model still pass where a wider one is expected).
   */
  toJsonSchema?(schema: S): object;
  /** Overrides the instructor's `modeFallback` for this call. */
  modeFallback?: boolean;
}

/**
 * Parameters of `generateStream`. With `iterable: true`, `responseModel` is the ELEMENT schema as
 * in `generateIterable`: the value is `{ items: element[] }` and each element is reported as soon
 * as it is complete and valid.
 */
export interface GenerateStreamParams<S extends ResponseModel> extends GenerateParams<S> {
  iterable?: boolean;
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
  generate<S extends ResponseModel>(params: GenerateParams<S>): Promise<ResponseOf<S>>;
  /** Like `generate`, with the raw completion, summed usage and the number of attempts. */
  generateWithCompletion<S extends ResponseModel>(
    params: GenerateParams<S>,
  ): Promise<GenerateResult<ResponseOf<S>, TCompletion>>;
  /** `responseModel` is the element schema: yields each element as soon as it is complete. */
  generateIterable<S extends ResponseModel>(
    params: GenerateParams<S>,
  ): AsyncIterable<ResponseOf<S>>;
  /**
   * Every event of one streamed call, typed: `partial` snapshots (with the answer text they came
   * from; typed as in `generatePartial`), `element`s in iterable mode, `reasoning` deltas,
   * `retry` (snapshots restart), `usage` per attempt, then `final` (validated value, summed
   * usage, attempts) or `error`. Never throws: a failure is the terminal `error` event. Leaving
   * the iteration early closes the provider's stream. `generatePartial` and `generateIterable`
   * are views of it; `toEventStream` sends it to a browser.
   */
  generateStream<S extends ResponseModel>(
    params: GenerateStreamParams<S> & { iterable: true },
  ): AsyncIterable<ElementStreamEvent<S>>;
  generateStream<S extends ResponseModel>(
    params: GenerateStreamParams<S> & { iterable?: false },
  ): AsyncIterable<ValueStreamEvent<S>>;
  /**
   * Yields partial snapshots while tokens arrive, typed as the deep-partial input of the schema
   * (strict-dialect nulls of absent optional fields removed); the last yield is the validated
   * output. See {@link PartialResponseOf}.
   */
  generatePartial<S extends ResponseModel>(
    params: GenerateParams<S>,
  ): AsyncIterable<PartialResponseOf<S>>;
  /**
   * Runs many calls with adaptive concurrency and resolves to every item's result in input
   * order (`fulfilled` with value and usage, or `rejected` with the error), with totals. A 429
   * halves the concurrency, pauses every request for its `retry-after` and re-sends the item.
   */
  generateBatch<S extends ResponseModel>(
    requests: BatchRequests<S>,
    options?: BatchOptions,
  ): Promise<BatchResult<ResponseOf<S>>>;
  /**
   * Like `generateBatch`, yielding each item's result as soon as it settles (completion order,
   * with its input `index`), so neither input nor results need to fit in memory.
   */
  generateBatchIterable<S extends ResponseModel>(
    requests: BatchRequests<S>,
    options?: BatchOptions,
  ): AsyncIterable<BatchItemResult<ResponseOf<S>>>;
  /** Subscribes to a hook event; returns the unsubscribe function. */
  on<E extends HookName>(event: E, handler: HookHandlers[E]): () => void;
  off<E extends HookName>(event: E, handler: HookHandlers[E]): void;
  /** A new client with these options layered over this one's (Python instructor's `patch`). */
  with(options: Partial<Omit<InstructorOptions, "adapter">>): Instructor<TCompletion>;
}
