import type { HookEmitter } from "../hooks/hook-emitter.js";
import type { InstructorOptions, RetryConfig } from "../instructor-types/instructor.js";
import type { ModeHandler } from "../modes/mode-handler.js";
import type { ModelSpec } from "../schema/model/model-spec.js";
import type { AdapterRequest, ProviderAdapter } from "../types/adapter.js";
import type { JsonLimits } from "../types/json-limits.js";
import type { ModeFallback } from "./mode-fallback.js";

/** One call, resolved and validated before any request: see `prepareCall`. `T` is its value. */
export interface PreparedCall<T, TRaw = unknown> {
  readonly adapter: ProviderAdapter<TRaw>;
  /** The response model as core uses it (JSON Schema, root wrapping, validation). */
  readonly model: ModelSpec<T>;
  readonly handler: ModeHandler;
  /** The first attempt's request (mode messages written, schema transformed, signal attached). */
  readonly request: AdapterRequest;
  /** Sends a rejected attempt again in another mode; undefined with `modeFallback: false`. */
  readonly fallback: ModeFallback | undefined;
  /** Re-asks after the first attempt. */
  readonly maxRetries: number;
  /** No re-ask once the attempts' summed `totalTokens` reach it; undefined: no budget. */
  readonly tokenBudget: number | undefined;
  readonly onRetry: RetryConfig["onRetry"];
  readonly validationHook: InstructorOptions["validationHook"];
  readonly hooks: HookEmitter;
  /** The answer limits (defaults filled in), for the whole-answer parse and the stream parser. */
  readonly limits: Required<JsonLimits>;
  /** The caller's signal combined with `timeoutMs`; also `request.signal`. */
  readonly signal: AbortSignal | undefined;
}
