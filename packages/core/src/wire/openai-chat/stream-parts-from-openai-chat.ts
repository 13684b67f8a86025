import type { AdapterStreamPart, FinishReason } from "../../types/adapter.js";
import type { Usage } from "../../types/usage.js";
import { finishReasonFromOpenAIChat } from "./openai-chat-finish-reason.js";
import { reasoningFromOpenAIChat } from "./openai-chat-reasoning.js";
import type { OpenAIChatChunk } from "./openai-chat-response-types.js";
import { usageFromOpenAIChat } from "./openai-chat-usage.js";

/**
 * Maps the chunks of an OpenAI-compatible chat completion stream (first choice) to stream parts:
 * reasoning, refusal, text and tool-call deltas as they arrive, then one `finish` part after the
 * last chunk (with `include_usage` the usage comes in a chunk after the finish reason), its `raw`
 * the last chunk. A stream whose chunks carry no finish reason gets no `finish` part: wrap the
 * parts in `guardStream`, which turns that into an `IncompleteOutputError`.
 */
export async function* streamPartsFromOpenAIChat(
  chunks: AsyncIterable<OpenAIChatChunk>,
): AsyncGenerator<AdapterStreamPart, void, undefined> {
  let finishReason: FinishReason | undefined;
  let usage: Usage | undefined;
  let last: OpenAIChatChunk | undefined;
  for await (const chunk of chunks) {
    last = chunk;
    usage = usageFromOpenAIChat(chunk.usage) ?? usage;
    const choice = chunk.choices?.find((c) => (c.index ?? 0) === 0);
    if (choice == null) continue;
    if (choice.finish_reason) finishReason = finishReasonFromOpenAIChat(choice.finish_reason);
    const { delta } = choice;
    if (delta == null) continue;
    const reasoning = reasoningFromOpenAIChat(delta);
    if (reasoning) yield { type: "reasoning-delta", delta: reasoning };
    if (delta.refusal) yield { type: "refusal-delta", delta: delta.refusal };
    if (delta.content) yield { type: "text-delta", delta: delta.content };
    const calls = delta.tool_calls ?? [];
    for (const [position, call] of calls.entries()) {
      yield {
        type: "tool-call-delta",
        index: call.index ?? position,
        ...(call.id ? { id: call.id } : {}),
        ...(call.function?.name ? { name: call.function.name } : {}),
        argumentsDelta: call.function?.arguments ?? "",
      };
    }
  }
  if (finishReason === undefined) return;
  yield {
    type: "finish",
    finishReason,
    ...(usage === undefined ? {} : { usage }),
    ...(last === undefined ? {} : { raw: last }),
  };
}
