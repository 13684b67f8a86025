// The adapter specification, version 2, written out in docs/adapter-spec.md of the instr
// repository.
import type { ReasoningPart } from "./content-part.js";
import type { JsonSchema } from "./json-schema.js";
import type { Message, ToolCall } from "./message.js";
import type { Mode } from "./mode.js";
import type { ProviderMetadata, ProviderOptions } from "./provider-metadata.js";
import type { ReasoningEffort } from "./reasoning-effort.js";
import type { Usage } from "./usage.js";

/** Why the model stopped writing, normalised across providers. */
export type FinishReason = "stop" | "length" | "tool_calls" | "content_filter" | "other";

/**
 * A kind of input a model may take. Text is always taken; `image` is an image part (or a file
 * part with an `image/*` media type), `pdf` a file part of `application/pdf`, `audio` a file part
 * of `audio/*`, `file` a file part of any other media type.
 */
export type InputKind = "text" | "image" | "pdf" | "audio" | "file";

/** The schema the model must follow, after the adapter's `transformSchema`. */
export interface AdapterSchema {
  name: string;
  description?: string;
  jsonSchema: JsonSchema;
}

/**
 * A provider-neutral completion request. Core has already written the mode's instructions into
 * `messages` and checked every content part against the adapter's `inputKinds`; the adapter maps
 * `mode` and `schema` to its wire format. `providerOptions` holds every provider's options: the
 * adapter reads only its own key, and the fields it sets for the mode win over them.
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
  providerOptions?: ProviderOptions;
}

/**
 * One whole completion, normalised. `raw` is the provider's own response object, typed `TRaw` by
 * an adapter that knows it (e.g. the SDK's `ChatCompletion`). `reasoning`
 * and `providerMetadata` (of the response, its parts and tool calls) come back to the adapter
 * unchanged on the assistant turn of a re-ask.
 */
export interface AdapterResponse<TRaw = unknown> {
  text: string | null;
  toolCalls: ToolCall[];
  reasoning?: ReasoningPart[];
  refusal?: string;
  finishReason: FinishReason;
  usage?: Usage;
  providerMetadata?: ProviderMetadata;
  raw: TRaw;
}

/**
 * One event of a streamed completion. Consecutive `reasoning-delta`s build one reasoning part; a
 * delta that carries `providerMetadata` completes its part (the next delta starts a new one).
 * A stream must end with exactly one `finish` part: a stream that ends without one is broken.
 */
export type AdapterStreamPart =
  | { type: "text-delta"; delta: string }
  | {
      type: "tool-call-delta";
      index: number;
      id?: string;
      name?: string;
      argumentsDelta: string;
      providerMetadata?: ProviderMetadata;
    }
  | { type: "reasoning-delta"; delta: string; providerMetadata?: ProviderMetadata }
  | { type: "refusal-delta"; delta: string }
  | {
      type: "finish";
      finishReason: FinishReason;
      usage?: Usage;
      providerMetadata?: ProviderMetadata;
      raw?: unknown;
    };

/**
 * The whole contract between `@instr/core` and a model provider, version 2. An adapter maps
 * requests to the provider's wire format and its errors to `ProviderError`; everything else is
 * core's. `TRaw` is the type of the provider's own response object that `complete` returns as
 * `raw`; `generateWithCompletion` hands it to the caller as `completion`.
 */
export interface ProviderAdapter<TRaw = unknown> {
  readonly specificationVersion: "v2";
  /** Provider name, e.g. `"cerebras"`: its key in `providerOptions`, errors and cache keys. */
  readonly provider: string;
  readonly defaultMode: Mode;
  readonly supportedModes: readonly Mode[];
  /**
   * The input kinds `model` takes. Core rejects a part of another kind with an
   * `UnsupportedInputError` before any request is sent.
   */
  inputKinds(model: string): readonly InputKind[];
  /**
   * The reasoning efforts `model` takes (`[]`: none), or undefined when the adapter does not
   * know. Core rejects a `reasoningEffort` the model does not take before any request.
   */
  reasoningEfforts?(model: string): readonly ReasoningEffort[] | undefined;
  /** Rewrites the JSON Schema into the provider's dialect for `mode`; throws if it cannot. */
  transformSchema?(schema: JsonSchema, mode: Mode): JsonSchema;
  complete(request: AdapterRequest): Promise<AdapterResponse<TRaw>>;
  stream(request: AdapterRequest): AsyncIterable<AdapterStreamPart>;
}
