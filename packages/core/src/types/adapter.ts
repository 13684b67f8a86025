import type { JsonSchema } from "./json-schema.js";
import type { Message, ToolCall } from "./message.js";
import type { Mode } from "./mode.js";
import type { ReasoningEffort } from "./reasoning-effort.js";
import type { Usage } from "./usage.js";

/** Why the model stopped writing, normalised across providers. */
export type FinishReason = "stop" | "length" | "tool_calls" | "content_filter" | "other";

/** The schema the model must follow, after the adapter's `transformSchema`. */
export interface AdapterSchema {
  name: string;
  description?: string;
  jsonSchema: JsonSchema;
}

/**
 * A provider-neutral completion request. Core has already written the mode's instructions into
 * `messages`; the adapter only maps `mode` and `schema` to its wire format.
 */
export interface AdapterRequest {
  model: string;
  mode: Mode;
  messages: Message[];
  schema: AdapterSchema;
  temperature?: number;
  maxTokens?: number;
  /** Mapped to the provider's own knob (e.g. `reasoning_effort`); only sent when given. */
  reasoningEffort?: ReasoningEffort;
  signal?: AbortSignal;
  providerOptions?: Record<string, unknown>;
}

/** One whole completion, normalised. `raw` is the provider's own response object. */
export interface AdapterResponse {
  text: string | null;
  toolCalls: ToolCall[];
  reasoning?: string;
  refusal?: string;
  finishReason: FinishReason;
  usage?: Usage;
  raw: unknown;
}

/** One event of a streamed completion. */
export type AdapterStreamPart =
  | { type: "text-delta"; delta: string }
  | { type: "tool-call-delta"; index: number; id?: string; name?: string; argumentsDelta: string }
  | { type: "reasoning-delta"; delta: string }
  | { type: "finish"; finishReason: FinishReason; usage?: Usage; raw?: unknown };

/**
 * The whole contract between `@instr/core` and a model provider. An adapter maps requests to the
 * provider's wire format and its errors to `ProviderError`; everything else is core's.
 */
export interface ProviderAdapter {
  readonly specificationVersion: "v1";
  /** Provider name, e.g. `"cerebras"`; used in errors and cache keys. */
  readonly provider: string;
  readonly defaultMode: Mode;
  readonly supportedModes: readonly Mode[];
  /**
   * The reasoning efforts `model` takes (`[]`: none), or undefined when the adapter does not
   * know. Core rejects a `reasoningEffort` the model does not take before any request.
   */
  reasoningEfforts?(model: string): readonly ReasoningEffort[] | undefined;
  /** Rewrites the JSON Schema into the provider's dialect for `mode`; throws if it cannot. */
  transformSchema?(schema: JsonSchema, mode: Mode): JsonSchema;
  complete(request: AdapterRequest): Promise<AdapterResponse>;
  stream(request: AdapterRequest): AsyncIterable<AdapterStreamPart>;
}
