import { type AdapterStreamPart, type FinishReason, RefusalError, type Usage } from "@instr/core";
import type { ChatCompletionChunk } from "openai/resources/chat/completions";
import { toFinishReason } from "./finish-reason.js";
import { reasoningText } from "./reasoning-text.js";
import { toUsage } from "./to-usage.js";

/**
 * Maps chat completion chunks to stream parts. The `finish` part is emitted once, after the last
 * chunk, because with `include_usage` the usage arrives in a chunk after the one carrying
 * `finish_reason`. The stream parts have no refusal event, so refusal deltas are collected and a
 * stream that refused ends with a `RefusalError` carrying the whole refusal instead of `finish`.
 */
export async function* toStreamParts(
  chunks: AsyncIterable<ChatCompletionChunk>,
): AsyncGenerator<AdapterStreamPart> {
  let refusal = "";
  let finishReason: FinishReason = "other";
  let usage: Usage | undefined;
  let last: ChatCompletionChunk | undefined;
  for await (const chunk of chunks) {
    last = chunk;
    usage = toUsage(chunk.usage) ?? usage;
    const choice = chunk.choices[0];
    if (!choice) continue;
    if (choice.finish_reason) finishReason = toFinishReason(choice.finish_reason);
    const { delta } = choice;
    const reasoning = reasoningText(delta);
    if (reasoning) yield { type: "reasoning-delta", delta: reasoning };
    if (delta.refusal) refusal += delta.refusal;
    if (delta.content) yield { type: "text-delta", delta: delta.content };
    for (const call of delta.tool_calls ?? []) {
      yield {
        type: "tool-call-delta",
        index: call.index,
        ...(call.id ? { id: call.id } : {}),
        ...(call.function?.name ? { name: call.function.name } : {}),
        argumentsDelta: call.function?.arguments ?? "",
      };
    }
  }
  if (refusal) throw new RefusalError(`The model refused: ${refusal}`, { refusal });
  yield {
    type: "finish",
    finishReason,
    ...(usage === undefined ? {} : { usage }),
    ...(last === undefined ? {} : { raw: last }),
  };
}
