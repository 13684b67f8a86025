import type { LanguageModelV3, LanguageModelV3GenerateResult } from "@ai-sdk/provider";
import {
  callProvider,
  guardStream,
  type InputKind,
  Mode,
  type ProviderAdapter,
} from "@instr/core/adapter";
import { responseFromLanguageModel } from "./response-from-language-model.js";
import { streamPartsFromLanguageModel } from "./stream-parts-from-language-model.js";
import { toCallOptions } from "./to-call-options.js";
import { toProviderError } from "./to-provider-error.js";

/** Options of {@link languageModelAdapter}. */
export interface LanguageModelAdapterOptions {
  /**
   * Provider name in errors, hooks and cache keys, and the key of its `providerOptions`. Default:
   * the namespace the AI SDK provider reads its options from (`providerOptionsName`), so that
   * `providerOptions: { groq: { … } }` means the same as in the AI SDK.
   */
  provider?: string;
  /**
   * The key under which the AI SDK provider reads its `providerOptions` (`"groq"` for
   * `@ai-sdk/groq`, the `name` given to `createOpenAICompatible`). Default: the model's
   * `provider` up to the first dot (`"groq.chat"` → `"groq"`), the AI SDK's convention; set it
   * where a package differs (`"bedrock"` for `@ai-sdk/amazon-bedrock`).
   */
  providerOptionsName?: string;
  /**
   * The modes the model supports. Default all four: JSON_SCHEMA and TOOLS need the provider to
   * implement `responseFormat` with a schema and forced tool choice; JSON and MD_JSON work on
   * any model (they are prompt only).
   */
  supportedModes?: readonly Mode[];
  /** The mode used when a call names none. Default JSON_SCHEMA. */
  defaultMode?: Mode;
  /**
   * The content parts the model takes. Default: every kind; the provider package itself rejects
   * a file it cannot send (`UnsupportedFunctionalityError`, a `ProviderError` here).
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
 * own: the `model` of a call is sent nowhere. `reasoningEffort` has no place in the spec's call
 * options, so the bridge takes none (core rejects it before any request); set the provider's own
 * reasoning option through `providerOptions`.
 */
export function languageModelAdapter(
  model: LanguageModelV3,
  options: LanguageModelAdapterOptions = {},
): ProviderAdapter<LanguageModelV3GenerateResult> {
  const namespace = options.providerOptionsName ?? namespaceOf(model);
  const provider = options.provider ?? namespace;
  const inputKinds = options.inputKinds ?? allKinds;
  const { apiKey } = options;
  const toError = (error: unknown, partialText?: string) =>
    toProviderError(error, { provider, apiKey, partialText });

  return {
    specificationVersion: "v2",
    provider,
    defaultMode: options.defaultMode ?? Mode.JSON_SCHEMA,
    supportedModes: options.supportedModes ?? allModes,
    inputKinds: () => inputKinds,
    reasoningEfforts: () => [],

    async complete(request) {
      const callOptions = toCallOptions(request, provider, namespace);
      return callProvider(
        async () => responseFromLanguageModel(await model.doGenerate(callOptions)),
        { signal: request.signal, toError },
      );
    },

    async *stream(request) {
      const guard = { provider, signal: request.signal, toError };
      const callOptions = toCallOptions(request, provider, namespace);
      const { stream } = await callProvider(() => model.doStream(callOptions), guard);
      yield* guardStream(streamPartsFromLanguageModel(stream), guard);
    },
  };
}

/** The AI SDK's namespace for a model's provider options: `"groq.chat"` → `"groq"`. */
function namespaceOf(model: LanguageModelV3): string {
  return model.provider.split(".")[0]?.trim() || model.provider;
}
