import { Mode, ProviderError, type Usage } from "@instr/core";
import {
  type AdapterResponse,
  type AdapterStreamPart,
  type FinishReason,
  type ProviderAdapter,
  parseProviderJson,
  readServerSentEvents,
  redactSecret,
} from "@instr/core/adapter";
import { type Connection, isRetryableStatus, postChat } from "./post-chat.js";
import { toWireBody } from "./to-wire-body.js";
import { type WireUsage, wireCompletion, wireStreamEvent } from "./wire-schemas.js";

/**
 * A `ProviderAdapter` for any OpenAI-compatible chat completions server, written with nothing
 * but `fetch`: the worked example of docs/custom-adapters.md.
 */
export function fetchAdapter(connection: Connection): ProviderAdapter {
  const { provider } = connection;
  return {
    specificationVersion: "v2",
    provider,
    defaultMode: Mode.TOOLS,
    // Text only: which parts an unknown server's models take is not known.
    inputKinds: () => ["text"],
    // No JSON_SCHEMA: this server's strict dialect is unknown, so core rejects that mode early.
    supportedModes: [Mode.TOOLS, Mode.JSON, Mode.MD_JSON],

    async complete(request): Promise<AdapterResponse> {
      const response = await postChat(connection, toWireBody(request, false), request.signal);
      const raw = parseProviderJson(wireCompletion, await response.text(), provider);
      const [choice] = raw.choices;
      const { message } = choice;
      return {
        text: message.content ?? null,
        toolCalls: (message.tool_calls ?? []).map((call) => ({ id: call.id, ...call.function })),
        ...(message.refusal ? { refusal: message.refusal } : {}),
        finishReason: toFinishReason(choice.finish_reason),
        ...(raw.usage ? { usage: toUsage(raw.usage) } : {}),
        raw,
      };
    },

    async *stream(request): AsyncGenerator<AdapterStreamPart> {
      const response = await postChat(connection, toWireBody(request, true), request.signal);
      let finishReason: FinishReason | undefined;
      let usage: Usage | undefined;
      // What arrived so far (the text, else the tool-call arguments), for a stream that breaks.
      const received = { text: "", toolArguments: "" };
      const broken = (reason: string, status?: number, cause?: unknown) => {
        const partialText = received.text || received.toolArguments;
        return new ProviderError(
          `${provider}: ${redactSecret(reason, connection.apiKey)}`,
          {
            provider,
            ...(status === undefined ? {} : { status }),
            isRetryable: isRetryableStatus(status),
            ...(partialText ? { partialText } : {}),
          },
          cause === undefined ? {} : { cause },
        );
      };
      if (response.body === null) throw broken("the stream has no body");
      try {
        for await (const { data } of readServerSentEvents(response.body, request.signal)) {
          if (data === "[DONE]") break;
          const event = parseProviderJson(wireStreamEvent, data, provider);
          // The server failed after the answer had started: an error event instead of a chunk.
          if ("error" in event) {
            throw broken(`stream error: ${event.error.message}`, event.status_code);
          }
          // With include_usage, usage comes after the chunk holding finish_reason: wait for it.
          if (event.usage) usage = toUsage(event.usage);
          for (const choice of event.choices) {
            if (choice.finish_reason) finishReason = toFinishReason(choice.finish_reason);
            if (choice.delta.content) {
              received.text += choice.delta.content;
              yield { type: "text-delta", delta: choice.delta.content };
            }
            for (const call of choice.delta.tool_calls ?? []) {
              received.toolArguments += call.function?.arguments ?? "";
              yield {
                type: "tool-call-delta",
                index: call.index,
                ...(call.id ? { id: call.id } : {}),
                ...(call.function?.name ? { name: call.function.name } : {}),
                argumentsDelta: call.function?.arguments ?? "",
              };
            }
          }
        }
      } catch (error) {
        if (request.signal?.aborted) throw request.signal.reason;
        if (ProviderError.isInstance(error)) throw error;
        // `fetch` rejects the body read with a TypeError when the connection breaks off.
        throw broken(`the stream broke: ${String(error)}`, undefined, error);
      }
      // A body that ends before any finish_reason was cut off, not finished.
      if (finishReason === undefined) throw broken("the stream ended before the model finished");
      yield { type: "finish", finishReason, ...(usage ? { usage } : {}) };
    },
  };
}

function toFinishReason(reason: string | null | undefined): FinishReason {
  return reason === "stop" ||
    reason === "length" ||
    reason === "tool_calls" ||
    reason === "content_filter"
    ? reason
    : "other";
}

function toUsage(usage: WireUsage): Usage {
  return {
    promptTokens: usage.prompt_tokens,
    completionTokens: usage.completion_tokens,
    totalTokens: usage.total_tokens,
  };
}
