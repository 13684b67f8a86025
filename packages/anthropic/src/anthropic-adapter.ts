import type Anthropic from "@anthropic-ai/sdk";
import {
  type AdapterRequest,
  callProvider,
  guardStream,
  Mode,
  type ProviderAdapter,
  ReasoningEffort,
  UnsupportedModeError,
  UnsupportedReasoningError,
} from "@instr/core/adapter";
import { fromMessage } from "./from-message.js";
import {
  type AnthropicCapabilityOverrides,
  anthropicModelCapabilities,
} from "./model-capabilities.js";
import { streamPartsFromEvents } from "./stream-parts-from-events.js";
import { toProviderError } from "./to-provider-error.js";
import { toRequestBody } from "./to-request-body.js";

/** Options of {@link anthropicAdapter}. */
export interface AnthropicAdapterOptions {
  /** Provider name in errors, hooks, cache keys and `providerOptions`. Default `"anthropic"`. */
  provider?: string;
  /**
   * Corrections to the capability table (`anthropicModelTable`) per exact model id, for a newer
   * model or a proxy: e.g. `{ "claude-next": { structuredOutputs: true, extendedThinking: true } }`.
   */
  capabilities?: AnthropicCapabilityOverrides;
}

const supportedModes = [Mode.TOOLS, Mode.JSON_SCHEMA, Mode.JSON, Mode.MD_JSON] as const;
const everyEffort: readonly ReasoningEffort[] = Object.values(ReasoningEffort);

/**
 * A `ProviderAdapter` over the official `@anthropic-ai/sdk` Messages API. TOOLS (default) forces
 * one tool whose `input_schema` is the schema (with extended thinking on, `tool_choice: auto`);
 * JSON_SCHEMA uses structured outputs on the models that have them; JSON and MD_JSON are
 * prompt-only. `reasoningEffort` turns extended thinking on with a budget from
 * `THINKING_BUDGETS`; thinking is returned as reasoning and its signed blocks go back unchanged
 * on a re-ask.
 */
export function anthropicAdapter(
  client: Anthropic,
  options: AnthropicAdapterOptions = {},
): ProviderAdapter<Anthropic.Message> {
  const provider = options.provider ?? "anthropic";
  const capabilitiesOf = (model: string) => anthropicModelCapabilities(model, options.capabilities);
  const bodyFor = (request: AdapterRequest) => {
    if (request.mode === Mode.JSON_SCHEMA && !capabilitiesOf(request.model).structuredOutputs) {
      throw new UnsupportedModeError(
        `${provider}: ${request.model} has no structured outputs; use Mode.TOOLS (the default)`,
        { mode: request.mode, provider, supportedModes },
      );
    }
    const { reasoningEffort, temperature, model } = request;
    // The API answers 400 to any temperature but 1 with thinking on: say so before sending.
    if (reasoningEffort !== undefined && temperature !== undefined && temperature !== 1) {
      throw new UnsupportedReasoningError(
        `${provider}: extended thinking (reasoningEffort "${reasoningEffort}") takes temperature 1 only, got ${temperature}: leave temperature out, or drop reasoningEffort`,
        { provider, model, reasoningEffort, supportedEfforts: everyEffort },
      );
    }
    return toRequestBody(request, provider);
  };
  const toError = (error: unknown, partialText?: string) =>
    toProviderError(error, { provider, apiKey: client.apiKey, partialText });

  return {
    specificationVersion: "v2",
    provider,
    defaultMode: Mode.TOOLS,
    supportedModes,
    inputKinds: (model) => capabilitiesOf(model).inputKinds,
    reasoningEfforts: (model) => (capabilitiesOf(model).extendedThinking ? everyEffort : []),

    async complete(request) {
      const { signal } = request;
      const body = bodyFor(request);
      return callProvider(async () => fromMessage(await client.messages.create(body, { signal })), {
        signal,
        toError,
      });
    },

    async *stream(request) {
      const guard = { provider, signal: request.signal, toError };
      const body = { ...bodyFor(request), stream: true } as const;
      const events = await callProvider(
        () => client.messages.create(body, { signal: request.signal }),
        guard,
      );
      yield* guardStream(streamPartsFromEvents(events), guard);
    },
  };
}
