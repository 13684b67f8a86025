import type Anthropic from "@anthropic-ai/sdk";
import {
  type AdapterRequest,
  type InputKind,
  Mode,
  type ProviderAdapter,
  UnsupportedModeError,
} from "@instr/core/adapter";
import { type FailureContext, toProviderError } from "./errors/to-provider-error.js";
import { hasStructuredOutputs } from "./models/structured-output-models.js";
import { toMessageParams } from "./request/to-message-params.js";
import { fromMessage } from "./response/from-message.js";
import { toStreamParts } from "./response/stream-parts.js";

/** Options of {@link anthropicAdapter}. */
export interface AnthropicAdapterOptions {
  /** Provider name in errors, hooks, cache keys and `providerOptions`. Default `"anthropic"`. */
  provider?: string;
  /**
   * Whether `model` takes structured outputs (JSON_SCHEMA mode). Default: the capability table
   * of Claude models that have them; set it for a proxy or a newer model.
   */
  structuredOutputs?: (model: string) => boolean;
}

const supportedModes = [Mode.TOOLS, Mode.JSON_SCHEMA, Mode.JSON, Mode.MD_JSON] as const;
const inputKinds: readonly InputKind[] = ["text", "image", "pdf"];

/**
 * A `ProviderAdapter` over the official `@anthropic-ai/sdk` Messages API. TOOLS (default) forces
 * one tool whose `input_schema` is the schema (with extended thinking on, `tool_choice: auto`);
 * JSON_SCHEMA uses structured outputs on the models that have them; JSON and MD_JSON are
 * prompt-only. Extended thinking is returned as reasoning and its signed blocks go back
 * unchanged on a re-ask.
 */
export function anthropicAdapter(
  client: Anthropic,
  options: AnthropicAdapterOptions = {},
): ProviderAdapter<Anthropic.Message> {
  const provider = options.provider ?? "anthropic";
  const structuredOutputs = options.structuredOutputs ?? hasStructuredOutputs;
  const failure = (request: AdapterRequest): FailureContext => ({
    provider,
    apiKey: client.apiKey,
    signal: request.signal,
  });
  const paramsFor = (request: AdapterRequest) => {
    if (request.mode === Mode.JSON_SCHEMA && !structuredOutputs(request.model)) {
      throw new UnsupportedModeError(
        `${provider}: ${request.model} has no structured outputs; use Mode.TOOLS (the default)`,
        { mode: request.mode, provider, supportedModes },
      );
    }
    return toMessageParams(request, provider);
  };

  return {
    specificationVersion: "v2",
    provider,
    defaultMode: Mode.TOOLS,
    supportedModes,
    inputKinds: () => inputKinds,

    async complete(request) {
      const params = paramsFor(request);
      try {
        return fromMessage(await client.messages.create(params, { signal: request.signal }));
      } catch (error) {
        throw toProviderError(error, failure(request));
      }
    },

    async *stream(request) {
      const params = { ...paramsFor(request), stream: true } as const;
      const context = failure(request);
      let partialText = "";
      try {
        const events = await client.messages.create(params, { signal: request.signal });
        yield* toStreamParts(events, provider, (text) => {
          partialText = text;
        });
      } catch (error) {
        throw toProviderError(error, context, partialText);
      }
    },
  };
}
