import type { z } from "zod";
import type { HookEmitter } from "../hooks/hook-emitter.js";
import type { ModeHandler } from "../modes/mode-handler.js";
import type { AdapterRequest, ProviderAdapter } from "../types/adapter.js";
import type { InstructorOptions, RetryConfig } from "../types/instructor.js";
import type { JsonLimits } from "../types/json-limits.js";

/** One call, resolved and validated before any request: see `prepareCall`. */
export interface PreparedCall<S extends z.ZodType, TRaw = unknown> {
  readonly adapter: ProviderAdapter<TRaw>;
  readonly responseModel: S;
  readonly handler: ModeHandler;
  /** The first attempt's request (mode messages written, schema transformed, signal attached). */
  readonly request: AdapterRequest;
  /** Re-asks after the first attempt. */
  readonly maxRetries: number;
  readonly onRetry: RetryConfig["onRetry"];
  readonly validationHook: InstructorOptions["validationHook"];
  readonly hooks: HookEmitter;
  /** The answer limits (defaults filled in), for the whole-answer parse and the stream parser. */
  readonly limits: Required<JsonLimits>;
  /** The caller's signal combined with `timeoutMs`; also `request.signal`. */
  readonly signal: AbortSignal | undefined;
}
