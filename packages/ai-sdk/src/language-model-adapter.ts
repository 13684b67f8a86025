import type { LanguageModelV3, LanguageModelV3GenerateResult } from "@ai-sdk/provider";
import {
  type AdapterRequest,
  type InputKind,
  Mode,
  type ProviderAdapter,
} from "@instr/core/adapter";
import { type FailureContext, toProviderError } from "./errors/to-provider-error.js";
import { toCallOptions } from "./request/to-call-options.js";
import { fromGenerateResult } from "./response/from-generate-result.js";
import { toStreamParts } from "./response/stream-parts.js";

/** Options of {@link languageModelAdapter}. */
export interface LanguageModelAdapterOptions {
  /** Provider name in errors, hooks and cache keys. Default: the model's `provider`. */
  provider?: string;
  /**
   * The modes the model supports. Default all four: JSON_SCHEMA and TOOLS need the provider to
   * implement `responseFormat` with a schema and forced tool choice; JSON and MD_JSON work on
   * any model (they are prompt only).
   */
  supportedModes?: readonly Mode[];
  /** The mode used when a call names none. Default JSON_SCHEMA. */
  defaultMode?: Mode;
  /**
   * The content parts the model takes. Default: every kind; the provider itself rejects a file
   * it cannot send.
   */
  inputKinds?: readonly InputKind[];
  /** The provider's API key, so that no `ProviderError` ever repeats it. */
  apiKey?: string;
}

const allModes = [Mode.JSON_SCHEMA, Mode.TOOLS, Mode.JSON, Mode.MD_JSON] as const;
const allKinds: readonly InputKind[] = ["text", "image", "pdf", "audio", "file"];

/**
 * A `ProviderAdapter` over any AI SDK language model (`LanguageModelV3`: `@ai-sdk/groq`,
 * `@ai-sdk/mistral`, `@ai-sdk/amazon-bedrock`, `@ai-sdk/openai-compatible`, …), so that instr's
 * re-asks and linear-time streaming work on every AI SDK provider. The model id is the model's
 * own: the `model` of a call is sent nowhere.
 */
export function languageModelAdapter(
  model: LanguageModelV3,
  options: LanguageModelAdapterOptions = {},
): ProviderAdapter<LanguageModelV3GenerateResult> {
  const provider = options.provider ?? model.provider;
  const inputKinds = options.inputKinds ?? allKinds;
  const failure = (request: AdapterRequest): FailureContext => ({
    provider,
    apiKey: options.apiKey,
    signal: request.signal,
  });

  return {
    specificationVersion: "v2",
    provider,
    defaultMode: options.defaultMode ?? Mode.JSON_SCHEMA,
    supportedModes: options.supportedModes ?? allModes,
    inputKinds: () => inputKinds,

    async complete(request) {
      try {
        return fromGenerateResult(await model.doGenerate(toCallOptions(request)));
      } catch (error) {
        throw toProviderError(error, failure(request));
      }
    },

    async *stream(request) {
      const context = failure(request);
      let result: Awaited<ReturnType<LanguageModelV3["doStream"]>>;
      try {
        result = await model.doStream(toCallOptions(request));
      } catch (error) {
        throw toProviderError(error, context);
      }
      yield* toStreamParts(result.stream, context);
    },
  };
}
