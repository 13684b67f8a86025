import {
  type AdapterRequest,
  type InputKind,
  Mode,
  type ProviderAdapter,
  toStrictJsonSchema,
} from "@instr/core/adapter";
import type OpenAI from "openai";
import type { ChatCompletion, ChatCompletionChunk } from "openai/resources/chat/completions";
import { type FailureContext, toProviderError } from "./errors/to-provider-error.js";
import { toChatParams } from "./request/to-chat-params.js";
import { fromCompletion } from "./response/from-completion.js";
import { guardChunks } from "./response/guard-chunks.js";
import { toStreamParts } from "./response/stream-parts.js";
import { strictDialectFor } from "./schema/openai-strict-dialect.js";

/** Options of {@link openaiAdapter}. */
export interface OpenAIAdapterOptions {
  /**
   * Provider name in errors, hooks and cache keys. Default `"openai"`; set it when the client
   * points at another OpenAI-compatible endpoint.
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

const visual: readonly InputKind[] = ["text", "image", "pdf"];
const audible: readonly InputKind[] = ["text", "image", "pdf", "audio"];

/** What OpenAI's chat models take: images and PDFs; audio only on the audio models. */
function openaiInputKinds(model: string): readonly InputKind[] {
  return model.includes("audio") ? audible : visual;
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
  const failure = (request: AdapterRequest): FailureContext => ({
    provider,
    apiKey: client.apiKey,
    signal: request.signal,
  });

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
      try {
        const completion = await client.chat.completions.create(
          toChatParams(request, provider, strictTools),
          { signal: request.signal },
        );
        return fromCompletion(completion, provider);
      } catch (error) {
        throw toProviderError(error, failure(request));
      }
    },

    async *stream(request) {
      const context = failure(request);
      const params = { ...toChatParams(request, provider, strictTools), stream: true } as const;
      let chunks: AsyncIterable<ChatCompletionChunk>;
      try {
        chunks = await client.chat.completions.create(
          { ...params, stream_options: { include_usage: true } },
          { signal: request.signal },
        );
      } catch (error) {
        throw toProviderError(error, context);
      }
      yield* toStreamParts(guardChunks(chunks, context));
    },
  };
}
