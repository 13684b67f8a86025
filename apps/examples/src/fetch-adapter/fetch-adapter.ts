import {
  type AdapterStreamPart,
  createProviderError,
  guardStream,
  Mode,
  type OpenAIChatChunk,
  type ProviderAdapter,
  parseProviderJson,
  readServerSentEvents,
  responseFromOpenAIChat,
  streamPartsFromOpenAIChat,
} from "@instr/core/adapter";
import { type Connection, postChat } from "./post-chat.js";
import { toWireBody } from "./to-wire-body.js";
import { wireCompletion, wireStreamEvent } from "./wire-schemas.js";

/**
 * A `ProviderAdapter` for any OpenAI-compatible chat completions server, written with nothing
 * but `fetch` and the kit of `@instr/core/adapter`: the worked example of
 * docs/custom-adapters.md.
 */
export function fetchAdapter(connection: Connection): ProviderAdapter {
  const { provider, apiKey } = connection;
  return {
    specificationVersion: "v2",
    provider,
    defaultMode: Mode.TOOLS,
    // No JSON_SCHEMA: this server's strict dialect is unknown, so core rejects that mode early.
    supportedModes: [Mode.TOOLS, Mode.JSON, Mode.MD_JSON],
    // Text and images: what most OpenAI-compatible servers read. Core rejects other parts.
    inputKinds: () => ["text", "image"],
    async complete(request) {
      const response = await postChat(
        connection,
        toWireBody(request, provider, false),
        request.signal,
      );
      const raw = parseProviderJson(wireCompletion, await response.text(), provider);
      return responseFromOpenAIChat(raw, provider);
    },
    async *stream(request): AsyncGenerator<AdapterStreamPart> {
      const response = await postChat(
        connection,
        toWireBody(request, provider, true),
        request.signal,
      );
      if (response.body === null) {
        throw createProviderError({ provider, message: "the stream has no body", apiKey });
      }
      yield* guardStream(streamPartsFromOpenAIChat(chunksOf(response.body, request.signal)), {
        provider,
        signal: request.signal,
        // `fetch` rejects the body read with a TypeError when the connection breaks off.
        toError: (error, partialText) =>
          createProviderError({
            provider,
            message: `the stream broke: ${String(error)}`,
            apiKey,
            partialText,
            cause: error,
          }),
      });
    },
  };

  /** The chunks of a chat completions event stream, until `[DONE]`; an error event throws. */
  async function* chunksOf(
    body: ReadableStream<Uint8Array>,
    signal: AbortSignal | undefined,
  ): AsyncGenerator<OpenAIChatChunk> {
    for await (const { data } of readServerSentEvents(body, signal)) {
      if (data === "[DONE]") return;
      const event = parseProviderJson(wireStreamEvent, data, provider);
      // The server failed after the answer had started: an error event instead of a chunk.
      if ("error" in event) {
        throw createProviderError({
          provider,
          status: event.status_code,
          message: `stream error: ${event.error.message}`,
          apiKey,
        });
      }
      yield event;
    }
  }
}
