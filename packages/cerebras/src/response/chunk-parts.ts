import type { AdapterStreamPart } from "@instr/core/adapter";
import type { WireChunk } from "./wire-response.js";

/** The stream parts one chunk's first choice carries (its finish reason is read separately). */
export function chunkParts(chunk: WireChunk): AdapterStreamPart[] {
  const delta = chunk.choices?.find((choice) => choice.index === 0)?.delta;
  if (delta == null) return [];
  const parts: AdapterStreamPart[] = [];
  if (delta.reasoning) parts.push({ type: "reasoning-delta", delta: delta.reasoning });
  if (delta.content) parts.push({ type: "text-delta", delta: delta.content });
  (delta.tool_calls ?? []).forEach((call, position) => {
    parts.push({
      type: "tool-call-delta",
      index: call.index ?? position,
      ...(call.id == null ? {} : { id: call.id }),
      ...(call.function.name == null ? {} : { name: call.function.name }),
      argumentsDelta: call.function.arguments ?? "",
    });
  });
  return parts;
}
