import {
  type AdapterResponse,
  type AdapterStreamPart,
  createProviderError,
  type FinishReason,
  guardStream,
  Mode,
  type ProviderAdapter,
  ProviderError,
  type ProviderMetadata,
  parseProviderJson,
  type ReasoningPart,
  readServerSentEvents,
  type Usage,
} from "@instr/core/adapter";
import { type Connection, postMessages } from "./post-messages.js";
import { toWireBody } from "./to-wire-body.js";
import { type WireContentBlock, type WireUsage, wireEvent, wireMessage } from "./wire-schemas.js";

export type { Connection } from "./post-messages.js";

/**
 * A `ProviderAdapter` for an Anthropic-Messages-style server (`POST /v1/messages`, content
 * blocks, `tool_use` / `tool_result`, signed `thinking` blocks, named SSE events), written with
 * nothing but `fetch` and the kit of `@instr/core/adapter`, by following
 * docs/custom-adapters.md. A thinking block's signature goes into the reasoning part's
 * `providerMetadata` and back onto the wire on a re-ask.
 */
export function anthropicStyleAdapter(connection: Connection): ProviderAdapter {
  const provider = connection.provider ?? "anthropic-style";
  const defaultMaxTokens = connection.defaultMaxTokens ?? 4096;
  const { apiKey } = connection;
  // A tool_use block without id or name is malformed: the provider's fault.
  const toolIdentity = (block: WireContentBlock): { id: string; name: string } => {
    if (block.id !== undefined && block.name !== undefined) {
      return { id: block.id, name: block.name };
    }
    throw new ProviderError(`${provider}: unexpected response: tool_use without id or name`, {
      provider,
      isRetryable: false,
    });
  };
  const signed = (signature: string | undefined): { providerMetadata?: ProviderMetadata } =>
    signature === undefined ? {} : { providerMetadata: { [provider]: { signature } } };

  /** The stream parts of a Messages event stream; `finish` only after `message_stop`. */
  async function* partsOf(
    body: ReadableStream<Uint8Array>,
    signal: AbortSignal | undefined,
  ): AsyncGenerator<AdapterStreamPart> {
    let stopReason: string | null | undefined;
    let wireUsage: WireUsage = {};
    // Content-block index -> tool-call ordinal: tool calls are numbered 0, 1, … for core.
    const toolIndex = new Map<number, number>();
    for await (const { data } of readServerSentEvents(body, signal)) {
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
            yield { type: "tool-call-delta", index, ...toolIdentity(block), argumentsDelta: "" };
          } else if (block.type === "text" && block.text) {
            yield { type: "text-delta", delta: block.text };
          }
          break;
        }
        case "content_block_delta": {
          const { delta } = event;
          if (delta.type === "text_delta" && delta.text) {
            yield { type: "text-delta", delta: delta.text };
          } else if (delta.type === "thinking_delta" && delta.thinking) {
            yield { type: "reasoning-delta", delta: delta.thinking };
          } else if (delta.type === "signature_delta" && delta.signature !== undefined) {
            // The signature ends its thinking block: it completes the reasoning part.
            yield { type: "reasoning-delta", delta: "", ...signed(delta.signature) };
          } else if (delta.type === "input_json_delta" && delta.partial_json !== undefined) {
            const index = toolIndex.get(event.index);
            if (index !== undefined) {
              yield { type: "tool-call-delta", index, argumentsDelta: delta.partial_json };
            }
          }
          break;
        }
        case "message_delta":
          stopReason = event.delta.stop_reason ?? stopReason;
          // output_tokens here is the running total, not an increment.
          wireUsage = { ...wireUsage, ...event.usage };
          break;
        case "message_stop": {
          const usage = toUsage(wireUsage);
          yield {
            type: "finish",
            finishReason: toFinishReason(stopReason),
            ...(usage ? { usage } : {}),
          };
          return;
        }
        case "error":
          throw createProviderError({
            provider,
            message: `stream error: ${event.error.message}`,
            apiKey,
            isRetryable: event.error.type === "overloaded_error",
          });
      }
    }
  }

  return {
    specificationVersion: "v2",
    provider,
    defaultMode: Mode.TOOLS,
    // No JSON_SCHEMA (no strict structured output) on this wire: core rejects it before any
    // request. JSON is prompt-only (no JSON-object format): core's instructions ask for bare
    // JSON, and an answer that is not JSON is re-asked like any invalid answer.
    supportedModes: [Mode.TOOLS, Mode.JSON, Mode.MD_JSON],
    // This test server reads text only.
    inputKinds: () => ["text"],
    async complete(request): Promise<AdapterResponse> {
      const body = toWireBody(request, { provider, stream: false, defaultMaxTokens });
      const response = await postMessages(connection, provider, body, request.signal);
      const raw = parseProviderJson(wireMessage, await response.text(), provider);
      let text: string | null = null;
      const reasoning: ReasoningPart[] = [];
      const toolCalls: AdapterResponse["toolCalls"] = [];
      for (const block of raw.content) {
        if (block.type === "text") text = (text ?? "") + (block.text ?? "");
        else if (block.type === "thinking") {
          reasoning.push({
            type: "reasoning",
            text: block.thinking ?? "",
            ...signed(block.signature),
          });
        } else if (block.type === "tool_use") {
          // The wire hands over a parsed object: its JSON text is the closest to "as written".
          toolCalls.push({ ...toolIdentity(block), arguments: JSON.stringify(block.input ?? {}) });
        }
      }
      const usage = raw.usage ? toUsage(raw.usage) : undefined;
      return {
        text,
        toolCalls,
        ...(reasoning.length === 0 ? {} : { reasoning }),
        finishReason: toFinishReason(raw.stop_reason),
        ...(usage ? { usage } : {}),
        raw,
      };
    },
    async *stream(request): AsyncGenerator<AdapterStreamPart> {
      const body = toWireBody(request, { provider, stream: true, defaultMaxTokens });
      const response = await postMessages(connection, provider, body, request.signal);
      if (response.body === null) {
        throw createProviderError({ provider, message: "the stream has no body", apiKey });
      }
      yield* guardStream(partsOf(response.body, request.signal), {
        provider,
        signal: request.signal,
        // The body broke off (reset, closed): the transport failed mid-answer.
        toError: (error, partialText) =>
          createProviderError({
            provider,
            message: `stream broke: ${String(error)}`,
            apiKey,
            partialText,
            cause: error,
          }),
      });
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
