import type Cerebras from "@cerebras/cerebras_cloud_sdk";
import {
  callProvider,
  guardStream,
  Mode,
  type ProviderAdapter,
  responseFromOpenAIChat,
  streamPartsFromOpenAIChat,
} from "@instr/core/adapter";
import { type CerebrasCompletion, expectChunks, expectCompletion } from "./expect-wire-shape.js";
import { type CapabilityOverrides, resolveCapabilities } from "./model-capabilities.js";
import { reasoningEffortsOf } from "./reasoning-efforts-of.js";
import { toProviderError } from "./to-provider-error.js";
import { toRequestBody } from "./to-request-body.js";
import { transformCerebrasSchema } from "./transform-cerebras-schema.js";

/** Options of {@link cerebrasAdapter}. */
export interface CerebrasAdapterOptions {
  /** The mode used when neither the call nor the instructor names one. Default: JSON_SCHEMA. */
  defaultMode?: Mode;
  /** Per-model corrections of the built-in capability table, e.g. `{ "my-model": { forcedToolChoice: false } }`. */
  capabilities?: CapabilityOverrides;
}

/** Every mode works on Cerebras; JSON_SCHEMA first, as the default. */
const supportedModes: readonly Mode[] = [Mode.JSON_SCHEMA, Mode.TOOLS, Mode.JSON, Mode.MD_JSON];

const provider = "cerebras";

/**
 * A `ProviderAdapter` over a `@cerebras/cerebras_cloud_sdk` client. Transport retries (429, 5xx,
 * with `retry-after`) stay with the client: configure them with its `maxRetries`. Streams carry
 * usage in their last chunk, whose `raw` has Cerebras' `time_info` (see `getTimeInfo`).
 */
export function cerebrasAdapter(
  client: Cerebras,
  options: CerebrasAdapterOptions = {},
): ProviderAdapter<CerebrasCompletion> {
  const capabilitiesOf = (model: string) => resolveCapabilities(model, options.capabilities);
  const toError = (error: unknown, partialText?: string) =>
    toProviderError(error, { provider, apiKey: client.apiKey, partialText });
  return {
    specificationVersion: "v2",
    provider,
    defaultMode: options.defaultMode ?? Mode.JSON_SCHEMA,
    supportedModes,
    inputKinds: (model) => capabilitiesOf(model).inputKinds,
    reasoningEfforts: (model) => reasoningEffortsOf(capabilitiesOf(model)),
    transformSchema: (schema, mode) => transformCerebrasSchema(schema, mode, supportedModes),
    async complete(request) {
      const body = toRequestBody(request, capabilitiesOf(request.model), { stream: false });
      const signal = request.signal;
      return callProvider(
        async () => {
          const completion = await client.chat.completions.create(body, signal && { signal });
          return responseFromOpenAIChat(expectCompletion(completion), provider);
        },
        { signal, toError },
      );
    },
    async *stream(request) {
      const body = toRequestBody(request, capabilitiesOf(request.model), {
        stream: true,
        stream_options: { include_usage: true },
      });
      const signal = request.signal;
      const guard = { provider, signal, toError };
      const events: AsyncIterable<Cerebras.ChatCompletion> = await callProvider(
        () => client.chat.completions.create(body, signal && { signal }),
        guard,
      );
      yield* guardStream(streamPartsFromOpenAIChat(expectChunks(events)), guard);
    },
  };
}
