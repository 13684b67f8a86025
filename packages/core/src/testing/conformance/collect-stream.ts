import type { AdapterStreamPart } from "../../types/adapter.js";
import type { ToolCall } from "../../types/message.js";

/** A stream's parts, and what they add up to. */
export interface CollectedStream {
  parts: AdapterStreamPart[];
  text: string;
  reasoning: string;
  refusal: string;
  /** Tool calls assembled from their deltas, by `index`. */
  toolCalls: ToolCall[];
  /** Argument deltas received per tool call index. */
  argumentDeltas: number[];
}

/** Reads a stream to its end and assembles text, reasoning, refusal and tool calls from the deltas. */
export async function collectStream(
  stream: AsyncIterable<AdapterStreamPart>,
): Promise<CollectedStream> {
  const collected: CollectedStream = {
    parts: [],
    text: "",
    reasoning: "",
    refusal: "",
    toolCalls: [],
    argumentDeltas: [],
  };
  for await (const part of stream) {
    collected.parts.push(part);
    if (part.type === "text-delta") collected.text += part.delta;
    if (part.type === "reasoning-delta") collected.reasoning += part.delta;
    if (part.type === "refusal-delta") collected.refusal += part.delta;
    if (part.type === "tool-call-delta") {
      const call = collected.toolCalls[part.index] ?? { id: "", name: "", arguments: "" };
      // The id and name arrive once, on a call's first delta; later deltas may repeat them.
      call.id = part.id ?? call.id;
      call.name = part.name ?? call.name;
      call.arguments += part.argumentsDelta;
      collected.toolCalls[part.index] = call;
      collected.argumentDeltas[part.index] = (collected.argumentDeltas[part.index] ?? 0) + 1;
    }
  }
  return collected;
}
