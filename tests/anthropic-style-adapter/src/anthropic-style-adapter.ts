import { Mode, ProviderError, type ReasoningPart, type Usage } from "@instr/core";
import {
  type AdapterResponse,
  type AdapterStreamPart,
  type FinishReason,
  type ProviderAdapter,
  parseProviderJson,
  readServerSentEvents,
  redactSecret,
} from "@instr/core/adapter";
import { type Connection, postMessages } from "./post-messages.js";
import { toWireBody } from "./to-wire-body.js";
import { type WireContentBlock, type WireUsage, wireEvent, wireMessage } from "./wire-schemas.js";

export type { Connection } from "./post-messages.js";

/**
 * A `ProviderAdapter` for an Anthropic-Messages-style server (`POST /v1/messages`, content
 * blocks, `tool_use` / `tool_result`, named SSE events), written with nothing but `fetch`, by
 * following docs/custom-adapters.md.
 */
export function anthropicStyleAdapter(connection: Connection): ProviderAdapter {
  const provider = connection.provider ?? "anthropic-style";
  const defaultMaxTokens = connection.defaultMaxTokens ?? 4096;
  // A tool_use block without id or name is malformed: the provider's fault.
  const toolIdentity = (block: WireContentBlock): { id: string; name: string } => {
    if (block.id !== undefined && block.name !== undefined)
      return { id: block.id, name: block.name };
    throw new ProviderError(`${provider}: unexpected response: tool_use without id or name`, {
      provider,
      isRetryable: false,
    });
  };

  return {
    specificationVersion: "v2",
    provider,
    defaultMode: Mode.TOOLS,
    // This test server reads text only.
    inputKinds: () => ["text"],
    // No JSON_SCHEMA (no strict structured output) on this wire: core rejects it before any
    // request. JSON is prompt-only (no JSON-object format): core's instructions ask for bare
    // JSON, and an answer that is not JSON is re-asked like any invalid answer.
    supportedModes: [Mode.TOOLS, Mode.JSON, Mode.MD_JSON],

    async complete(request): Promise<AdapterResponse> {
      const body = toWireBody(request, { provider, stream: false, defaultMaxTokens });
      const response = await postMessages(connection, provider, body, request.signal);
      const raw = parseProviderJson(wireMessage, await response.text(), provider);
      let text: string | null = null;
      let reasoning: ReasoningPart[] | undefined;
      const toolCalls: AdapterResponse["toolCalls"] = [];
      for (const block of raw.content) {
        if (block.type === "text") text = (text ?? "") + (block.text ?? "");
        else if (block.type === "thinking") {
          reasoning = [...(reasoning ?? []), { type: "reasoning", text: block.thinking ?? "" }];
        } else if (block.type === "tool_use") {
          const { id, name } = toolIdentity(block);
          // The wire hands over a parsed object: its JSON text is the closest to "as written".
          toolCalls.push({ id, name, arguments: JSON.stringify(block.input ?? {}) });
        }
      }
      const finishReason = toFinishReason(raw.stop_reason);
      const usage = raw.usage ? toUsage(raw.usage) : undefined;
      return {
        text,
        toolCalls,
        ...(reasoning === undefined ? {} : { reasoning }),
        finishReason,
        ...(usage ? { usage } : {}),
        raw,
      };
    },

    async *stream(request): AsyncGenerator<AdapterStreamPart> {
      const body = toWireBody(request, { provider, stream: true, defaultMaxTokens });
      const response = await postMessages(connection, provider, body, request.signal);
      if (response.body === null) {
        throw new ProviderError(`${provider}: the stream has no body`, {
          provider,
          isRetryable: true,
        });
      }
      let stopReason: string | null | undefined;
      let wireUsage: WireUsage = {};
      let stopped = false;
      let text = "";
      // Content-block index -> tool-call ordinal: tool calls are numbered 0, 1, … for core.
      const toolIndex = new Map<number, number>();
      try {
        for await (const { data } of readServerSentEvents(response.body, request.signal)) {
          const event = parseProviderJson(wireEvent, data, provider);
          switch (event.type) {
            case "message_start":
              wireUsage = { ...wireUsage, ...event.message.usage };
              break;
            case "content_block_start": {
              const block = event.content_block;
              if (block.type === "tool_use") {
                const index = toolIndex.size;
                toolIndex.set(event.index, index);
                // The first delta carries id and name; `input` is `{}` here and arrives as JSON.
                yield {
                  type: "tool-call-delta",
                  index,
                  ...toolIdentity(block),
                  argumentsDelta: "",
                };
              } else if (block.type === "text" && block.text) {
                text += block.text;
                yield { type: "text-delta", delta: block.text };
              }
              break;
            }
            case "content_block_delta": {
              const { delta } = event;
              if (delta.type === "text_delta" && delta.text) {
                text += delta.text;
                yield { type: "text-delta", delta: delta.text };
              } else if (delta.type === "thinking_delta" && delta.thinking) {
                yield { type: "reasoning-delta", delta: delta.thinking };
              } else if (delta.type === "input_json_delta" && delta.partial_json !== undefined) {
                const index = toolIndex.get(event.index);
                if (index !== undefined)
                  yield { type: "tool-call-delta", index, argumentsDelta: delta.partial_json };
              }
              break;
            }
            case "message_delta":
              stopReason = event.delta.stop_reason ?? stopReason;
              // output_tokens here is the running total, not an increment.
              wireUsage = { ...wireUsage, ...event.usage };
              break;
            case "message_stop":
              stopped = true;
              break;
            case "error":
              throw new ProviderError(
                `${provider}: stream error: ${redactSecret(event.error.message, connection.apiKey)}`,
                {
                  provider,
                  isRetryable: event.error.type === "overloaded_error",
                  ...(text ? { partialText: text } : {}),
                },
              );
          }
        }
      } catch (error) {
        if (request.signal?.aborted) throw request.signal.reason;
        if (ProviderError.isInstance(error)) throw error;
        // The body broke off (reset, closed): the transport failed mid-answer.
        throw new ProviderError(
          `${provider}: stream broke: ${redactSecret(String(error), connection.apiKey)}`,
          {
            provider,
            isRetryable: true,
            ...(text ? { partialText: text } : {}),
          },
        );
      }
      request.signal?.throwIfAborted();
      if (!stopped) {
        throw new ProviderError(`${provider}: the stream ended before message_stop`, {
          provider,
          isRetryable: true,
          ...(text ? { partialText: text } : {}),
        });
      }
      const usage = toUsage(wireUsage);
      yield {
        type: "finish",
        finishReason: toFinishReason(stopReason),
        ...(usage ? { usage } : {}),
      };
    },
  };
}

function toFinishReason(reason: string | null | undefined): FinishReason {
  switch (reason) {
    case "end_turn":
    case "stop_sequence":
      return "stop";
    case "max_tokens":
      return "length";
    case "tool_use":
      return "tool_calls";
    // The wire's refusal is a stop reason, not a separate refusal text: the safety classifier
    // stopped the answer. "content_filter" makes core raise RefusalError.
    case "refusal":
      return "content_filter";
    default:
      return "other";
  }
}

function toUsage(usage: WireUsage): Usage | undefined {
  if (usage.input_tokens === undefined || usage.output_tokens === undefined) return undefined;
  return {
    promptTokens: usage.input_tokens,
    completionTokens: usage.output_tokens,
    totalTokens: usage.input_tokens + usage.output_tokens,
  };
}
