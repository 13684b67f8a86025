import type Anthropic from "@anthropic-ai/sdk";
import type { AdapterStreamPart } from "@instr/core/adapter";
import { finishReasonOf } from "./finish-reason-of.js";
import { usageOf, type WireUsage } from "./usage-of.js";

/**
 * The spec's stream parts for the Messages API's events: `text_delta` → text, `input_json_delta`
 * → tool-call arguments (tool uses numbered 0, 1, … in block order), `thinking_delta` →
 * reasoning, closed by the block's `signature_delta` (or a redacted block's data) as
 * `providerMetadata`; `message_delta` carries the stop reason and the running token counts, and
 * `message_stop` ends the answer with the finish part. A stream that ends before
 * `message_stop`, or without a stop reason, yields no finish part: the kit's `guardStream` turns
 * that into an `IncompleteOutputError`.
 */
export async function* streamPartsFromEvents(
  events: AsyncIterable<Anthropic.RawMessageStreamEvent>,
): AsyncGenerator<AdapterStreamPart> {
  let usage: WireUsage = {};
  let stopReason: Anthropic.StopReason | null = null;
  let stopped = false;
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
  if (!stopped || stopReason === null) return;
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

/** The counts a `message_delta` reports (it leaves the others null). */
function definedCounts(usage: Anthropic.MessageDeltaUsage): WireUsage {
  return Object.fromEntries(Object.entries(usage).filter(([, value]) => value != null));
}
