import {
  callProvider,
  guardStream,
  type InputKind,
  type JsonSchema,
  Mode,
  type ProviderAdapter,
  responseFromOpenAIChat,
  streamPartsFromOpenAIChat,
  toStrictJsonSchema,
} from "@instr/core/adapter";
import type OpenAI from "openai";
import type { ChatCompletion } from "openai/resources/chat/completions";
import type { Response } from "openai/resources/responses/responses";
import { openaiInputKinds } from "./model-capabilities.js";
import { strictDialectFor } from "./openai-strict-dialect.js";
import { responsesCalls } from "./responses/responses-calls.js";
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
  /**
   * The API to call: `"chat"` (default) Chat Completions, `"responses"` the Responses API
   * (`text.format` json_schema, function tools, reasoning items round-tripped on a re-ask).
   */
  api?: "chat" | "responses";
}

const supportedModes = [Mode.TOOLS, Mode.JSON, Mode.JSON_SCHEMA, Mode.MD_JSON] as const;

/**
 * A `ProviderAdapter` over the official `openai` SDK's chat completions, for OpenAI or any
 * OpenAI-compatible endpoint (`new OpenAI({ baseURL })`). All four modes; JSON_SCHEMA uses strict
 * structured outputs and rejects a schema outside OpenAI's strict dialect before the request.
 * With `api: "responses"` it speaks the Responses API instead, and `raw` is the `Response`.
 */
export function openaiAdapter(
  client: OpenAI,
  options: OpenAIAdapterOptions & { api: "responses" },
): ProviderAdapter<Response>;
export function openaiAdapter(
  client: OpenAI,
  options?: OpenAIAdapterOptions & { api?: "chat" },
): ProviderAdapter<ChatCompletion>;
export function openaiAdapter(
  client: OpenAI,
  options: OpenAIAdapterOptions = {},
): ProviderAdapter<ChatCompletion> | ProviderAdapter<Response> {
  const provider = options.provider ?? "openai";
  const strictTools = options.strictTools ?? true;
  const dialect = strictDialectFor(provider);
  const common = {
    specificationVersion: "v2",
    provider,
    defaultMode: Mode.TOOLS,
    supportedModes,
    inputKinds: options.inputKinds ?? openaiInputKinds,
    transformSchema(schema: JsonSchema, mode: Mode): JsonSchema {
      // TOOLS sends the schema as it is, strict only when it already fits the dialect: making
      // optional properties nullable would change what a valid answer looks like.
      if (mode !== Mode.JSON_SCHEMA) return schema;
      return toStrictJsonSchema(schema, dialect, { mode, supportedModes });
    },
  } as const;
  if (options.api === "responses") return { ...common, ...responsesCalls(client, provider) };
  const toError = (error: unknown, partialText?: string) =>
    toProviderError(error, { provider, apiKey: client.apiKey, partialText });
  return {
    ...common,
    async complete(request) {
      const { signal } = request;
      return callProvider(
        async () => {
          const body = toRequestBody(request, provider, strictTools);
          return responseFromOpenAIChat(
            await client.chat.completions.create(body, { signal }),
            provider,
          );
        },
        { signal, toError },
      );
    },
    async *stream(request) {
      const guard = { provider, signal: request.signal, toError };
      const chunks = await callProvider(
        () =>
          client.chat.completions.create(
            {
              ...toRequestBody(request, provider, strictTools),
              stream: true,
              stream_options: { include_usage: true },
            },
            { signal: request.signal },
          ),
        guard,
      );
      yield* guardStream(streamPartsFromOpenAIChat(chunks), guard);
    },
  };
}
