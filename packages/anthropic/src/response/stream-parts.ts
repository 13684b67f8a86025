import type Anthropic from "@anthropic-ai/sdk";
import { type AdapterStreamPart, ProviderError } from "@instr/core/adapter";
import { finishReasonOf } from "./finish-reason.js";
import { usageOf, type WireUsage } from "./usage.js";

/** Receives the text streamed so far, for the error of a stream that breaks off. */
export type TextSink = (text: string) => void;

/**
 * The spec's stream parts for the Messages API's events: `text_delta` → text, `input_json_delta`
 * → tool-call arguments (tool uses numbered 0, 1, … in block order), `thinking_delta` →
 * reasoning, closed by the block's `signature_delta` (or a redacted block's data) as
 * `providerMetadata`; `message_delta` carries the stop reason and the running output tokens.
 */
export async function* toStreamParts(
  events: AsyncIterable<Anthropic.RawMessageStreamEvent>,
  provider: string,
  onText: TextSink,
): AsyncGenerator<AdapterStreamPart> {
  let usage: WireUsage = {};
  let stopReason: Anthropic.StopReason | null = null;
  let stopped = false;
  let text = "";
  const toolIndex = new Map<number, number>();
  for await (const event of events) {
    switch (event.type) {
      case "message_start":
        usage = { ...event.message.usage };
        break;
      case "content_block_start": {
        const block = event.content_block;
        if (block.type === "tool_use") {
          const index = toolIndex.size;
          toolIndex.set(event.index, index);
          yield {
            type: "tool-call-delta",
            index,
            id: block.id,
            name: block.name,
            argumentsDelta: "",
          };
        } else if (block.type === "redacted_thinking") {
          yield reasoningEnd({ redactedData: block.data });
        }
        break;
      }
      case "content_block_delta": {
        const { delta } = event;
        if (delta.type === "text_delta") {
          text += delta.text;
          onText(text);
          yield { type: "text-delta", delta: delta.text };
        } else if (delta.type === "thinking_delta") {
          yield { type: "reasoning-delta", delta: delta.thinking };
        } else if (delta.type === "signature_delta") {
          yield reasoningEnd({ signature: delta.signature });
        } else if (delta.type === "input_json_delta") {
          const index = toolIndex.get(event.index);
          if (index !== undefined) {
            yield { type: "tool-call-delta", index, argumentsDelta: delta.partial_json };
          }
        }
        break;
      }
      case "message_delta":
        stopReason = event.delta.stop_reason ?? stopReason;
        // The counts here are running totals, not increments.
        usage = { ...usage, ...definedCounts(event.usage) };
        break;
      case "message_stop":
        stopped = true;
        break;
    }
  }
  if (!stopped) {
    throw new ProviderError(`${provider}: the stream ended before message_stop`, {
      provider,
      isRetryable: true,
      ...(text ? { partialText: text } : {}),
    });
  }
  const finalUsage = usageOf(usage);
  yield {
    type: "finish",
    finishReason: finishReasonOf(stopReason),
    ...(finalUsage === undefined ? {} : { usage: finalUsage }),
  };
}

function reasoningEnd(anthropic: Record<string, string>): AdapterStreamPart {
  return { type: "reasoning-delta", delta: "", providerMetadata: { anthropic } };
}

function definedCounts(usage: Anthropic.MessageDeltaUsage): WireUsage {
  return Object.fromEntries(Object.entries(usage).filter(([, value]) => typeof value === "number"));
}
