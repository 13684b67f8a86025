import {
  type AdapterStreamPart,
  type FinishReason,
  finishReasonFromOpenAIChat,
  reasoningFromOpenAIChat,
  type Usage,
  usageFromOpenAIChat,
} from "@instr/core/adapter";
import type { ChatCompletionChunk } from "openai/resources/chat/completions";

/**
 * Maps chat completion chunks to stream parts. The `finish` part is emitted once, after the last
 * chunk, because with `include_usage` the usage arrives in a chunk after the one carrying
 * `finish_reason`. Refusal text arrives as `refusal-delta` parts (core rejects the answer with a
 * `RefusalError`).
 */
export async function* toStreamParts(
  chunks: AsyncIterable<ChatCompletionChunk>,
): AsyncGenerator<AdapterStreamPart> {
  let finishReason: FinishReason = "other";
  let usage: Usage | undefined;
  let last: ChatCompletionChunk | undefined;
  for await (const chunk of chunks) {
    last = chunk;
    usage = usageFromOpenAIChat(chunk.usage) ?? usage;
    const choice = chunk.choices[0];
    if (!choice) continue;
    if (choice.finish_reason) finishReason = finishReasonFromOpenAIChat(choice.finish_reason);
    const { delta } = choice;
    const reasoning = reasoningFromOpenAIChat(delta);
    if (reasoning) yield { type: "reasoning-delta", delta: reasoning };
    if (delta.refusal) yield { type: "refusal-delta", delta: delta.refusal };
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
  yield {
    type: "finish",
    finishReason,
    ...(usage === undefined ? {} : { usage }),
    ...(last === undefined ? {} : { raw: last }),
  };
}
