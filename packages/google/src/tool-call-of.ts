import type { Part } from "@google/genai";
import type { ToolCall } from "@instr/core/adapter";
import { toProviderMetadata } from "./provider-metadata.js";

/**
 * The tool call of a `functionCall` part, the `index`-th of its answer: its arguments as JSON
 * text, its `thoughtSignature` kept. The Gemini API mostly sends no call `id`; the adapter then
 * makes one up (`gemini-call-<index>`) and marks it, so it is not sent back as if Gemini's.
 */
export function toolCallOf(part: Part, index: number): ToolCall {
  const call = part.functionCall ?? {};
  const providerMetadata = toProviderMetadata({
    ...(part.thoughtSignature === undefined ? {} : { thoughtSignature: part.thoughtSignature }),
    ...(call.id === undefined ? { syntheticId: true } : {}),
  });
  return {
    id: call.id ?? `gemini-call-${index}`,
    name: call.name ?? "",
    arguments: JSON.stringify(call.args ?? {}),
    ...(providerMetadata === undefined ? {} : { providerMetadata }),
  };
}
