import type { Fetch, GenerateContentResponse, GoogleGenAI } from "@google/genai";
import {
  type AdapterRequest,
  callProvider,
  guardStream,
  Mode,
  type ProviderAdapter,
  providerOptionsFor,
} from "@instr/core/adapter";
import { fromResponse } from "./from-response.js";
import { openExchange } from "./google-exchange.js";
import {
  type CapabilityOverrides,
  reasoningEffortsOf,
  resolveCapabilities,
} from "./model-capabilities.js";
import { PROVIDER } from "./provider-metadata.js";
import { streamParts } from "./stream-parts.js";
import { toProviderError } from "./to-provider-error.js";
import { toRequestParams } from "./to-request-params.js";

/** Options of {@link googleAdapter}. */
export interface GoogleAdapterOptions {
  /** The mode used when neither the call nor the instructor names one. Default: JSON_SCHEMA. */
  defaultMode?: Mode;
  /**
   * Per-model corrections of the built-in capability table, by exact model id, e.g.
   * `{ "tunedModels/my-model": { inputKinds: ["text", "image"] } }`.
   */
  capabilities?: CapabilityOverrides;
  /**
   * Ask models that think for thought summaries (`thinkingConfig.includeThoughts`), returned as
   * `reasoning`. Default true.
   */
  includeThoughts?: boolean;
  /**
   * The `fetch` requests go through. The adapter gives each call its own `httpOptions.fetch`
   * (to read the headers of a failed response, which the SDK's errors drop), which replaces a
   * `fetch` set on the client: pass that one here instead. Default: the global `fetch`.
   */
  fetch?: Fetch;
}

const supportedModes: readonly Mode[] = [Mode.JSON_SCHEMA, Mode.TOOLS, Mode.JSON, Mode.MD_JSON];

/**
 * A `ProviderAdapter` over a `@google/genai` client (the Gemini API, or Vertex AI with
 * `vertexai: true`). All four modes, JSON_SCHEMA first; streaming; thinking (thought summaries
 * as `reasoning`, thought signatures sent back on a re-ask, `reasoningEffort` as the model's
 * thinking level or budget); images, PDFs, audio and video as inline parts per the model table.
 * `providerOptions.google` holds fields of the REST request body (`safetySettings`,
 * `cachedContent`, `generationConfig: { topP, seed, … }`), laid under the body the adapter
 * builds: what it sets wins, field by field.
 */
export function googleAdapter(
  client: GoogleGenAI,
  options: GoogleAdapterOptions = {},
): ProviderAdapter<GenerateContentResponse> {
  const capabilitiesOf = (model: string) => resolveCapabilities(model, options.capabilities);
  const includeThoughts = options.includeThoughts ?? true;
  const baseFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const prepare = (request: AdapterRequest) => {
    const exchange = openExchange(baseFetch, providerOptionsFor(request.providerOptions, PROVIDER));
    const params = toRequestParams(request, capabilitiesOf(request.model), includeThoughts);
    const config = {
      ...params.config,
      httpOptions: { fetch: exchange.fetch },
      ...(request.signal === undefined ? {} : { abortSignal: request.signal }),
    };
    return { exchange, params: { ...params, config } };
  };
  return {
    specificationVersion: "v2",
    provider: PROVIDER,
    defaultMode: options.defaultMode ?? Mode.JSON_SCHEMA,
    supportedModes,
    inputKinds: (model) => capabilitiesOf(model).inputKinds,
    reasoningEfforts: (model) => reasoningEffortsOf(capabilitiesOf(model)),
    async complete(request) {
      const { signal } = request;
      const { exchange, params } = prepare(request);
      const toError = (error: unknown) => toProviderError(error, exchange);
      return callProvider(async () => fromResponse(await client.models.generateContent(params)), {
        signal,
        toError,
      });
    },
    async *stream(request) {
      const { exchange, params } = prepare(request);
      const toError = (error: unknown, partialText?: string) =>
        toProviderError(error, exchange, partialText);
      const guard = { provider: PROVIDER, signal: request.signal, toError };
      const responses = await callProvider(
        () => client.models.generateContentStream(params),
        guard,
      );
      yield* guardStream(streamParts(responses), guard);
    },
  };
}
