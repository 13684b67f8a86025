import {
  abortReason,
  guardStream,
  type InputKind,
  Mode,
  type ProviderAdapter,
  responseFromOpenAIChat,
  streamPartsFromOpenAIChat,
  toStrictJsonSchema,
} from "@instr/core/adapter";
import type OpenAI from "openai";
import type { ChatCompletion, ChatCompletionChunk } from "openai/resources/chat/completions";
import { openaiInputKinds } from "./model-capabilities.js";
import { strictDialectFor } from "./openai-strict-dialect.js";
import { toProviderError } from "./to-provider-error.js";
import { toRequestBody } from "./to-request-body.js";

/** Options of {@link openaiAdapter}. */
export interface OpenAIAdapterOptions {
  /**
   * Provider name in errors, hooks and cache keys, and the key of its `providerOptions`. Default
   * `"openai"`; set it when the client points at another OpenAI-compatible endpoint.
   */
  provider?: string;
  /**
   * Send TOOLS functions with `strict: true` when the schema fits OpenAI's strict dialect.
   * Default true; turn it off for servers that reject the `strict` flag.
   */
  strictTools?: boolean;
  /**
   * The content parts a model takes. Default: text, images and PDFs, plus audio for models whose
   * id names audio (`gpt-4o-audio-preview`…); set it for another OpenAI-compatible endpoint.
   */
  inputKinds?: (model: string) => readonly InputKind[];
}

const supportedModes = [Mode.TOOLS, Mode.JSON, Mode.JSON_SCHEMA, Mode.MD_JSON] as const;

/**
 * A `ProviderAdapter` over the official `openai` SDK's chat completions, for OpenAI or any
 * OpenAI-compatible endpoint (`new OpenAI({ baseURL })`). All four modes; JSON_SCHEMA uses strict
 * structured outputs and rejects a schema outside OpenAI's strict dialect before the request.
 */
export function openaiAdapter(
  client: OpenAI,
  options: OpenAIAdapterOptions = {},
): ProviderAdapter<ChatCompletion> {
  const provider = options.provider ?? "openai";
  const strictTools = options.strictTools ?? true;
  const dialect = strictDialectFor(provider);
  return {
    specificationVersion: "v2",
    provider,
    defaultMode: Mode.TOOLS,
    supportedModes,
    inputKinds: options.inputKinds ?? openaiInputKinds,
    transformSchema(schema, mode) {
      // TOOLS sends the schema as it is, strict only when it already fits the dialect: making
      // optional properties nullable would change what a valid answer looks like.
      if (mode !== Mode.JSON_SCHEMA) return schema;
      return toStrictJsonSchema(schema, dialect, { mode, supportedModes });
    },
    async complete(request) {
      const { signal } = request;
      try {
        const completion = await client.chat.completions.create(
          toRequestBody(request, provider, strictTools),
          { signal },
        );
        return responseFromOpenAIChat(completion, provider);
      } catch (error) {
        if (signal?.aborted) throw abortReason(signal);
        throw toProviderError(error, provider, client.apiKey);
      }
    },
    async *stream(request) {
      const { signal } = request;
      const toError = (error: unknown, partialText?: string) =>
        toProviderError(error, provider, client.apiKey, partialText);
      let chunks: AsyncIterable<ChatCompletionChunk>;
      try {
        chunks = await client.chat.completions.create(
          {
            ...toRequestBody(request, provider, strictTools),
            stream: true,
            stream_options: { include_usage: true },
          },
          { signal },
        );
      } catch (error) {
        if (signal?.aborted) throw abortReason(signal);
        throw toError(error);
      }
      yield* guardStream(streamPartsFromOpenAIChat(chunks), { provider, signal, toError });
    },
  };
}
