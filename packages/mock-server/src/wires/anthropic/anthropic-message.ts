import { randomUUID } from "node:crypto";
import { jsonOrText } from "../../json-or-text.js";
import type { ResolvedMessage } from "../../resolve-message.js";
import type { MessageReply } from "../../types.js";

/** The stop reason of the Messages API for a scripted finish reason; others pass verbatim. */
const STOP_REASONS: Record<string, string> = {
  stop: "end_turn",
  length: "max_tokens",
  tool_calls: "tool_use",
  content_filter: "refusal",
};

/** One content block of an answer, with its tool input as raw JSON text (it may be invalid). */
export type AnthropicBlock =
  | { type: "thinking"; thinking: string; signature: string; chunks: string[] }
  | { type: "redacted_thinking"; data: string }
  | { type: "text"; text: string; chunks: string[] }
  | { type: "tool_use"; id: string; name: string; input: string; chunks: string[] };

/** A resolved reply in the Messages API's terms. */
export interface AnthropicAnswer {
  id: string;
  model: string;
  blocks: AnthropicBlock[];
  stopReason: string;
  usage: Record<string, number>;
}

/** Maps a resolved reply to Messages API blocks: thinking first, then text, then tool uses. */
export function anthropicAnswer(
  reply: MessageReply,
  message: ResolvedMessage,
  model: string,
): AnthropicAnswer {
  const blocks: AnthropicBlock[] = [];
  if (reply.redactedReasoning !== undefined) {
    blocks.push({ type: "redacted_thinking", data: reply.redactedReasoning });
  }
  if (message.reasoning !== undefined) {
    blocks.push({
      type: "thinking",
      thinking: message.reasoning,
      signature: reply.reasoningSignature ?? `sig-${randomUUID()}`,
      chunks: message.reasoningChunks,
    });
  }
  if (message.content) {
    blocks.push({ type: "text", text: message.content, chunks: message.contentChunks });
  }
  for (const call of message.toolCalls) {
    blocks.push({
      type: "tool_use",
      id: call.id,
      name: call.name,
      input: call.arguments,
      chunks: call.argumentChunks,
    });
  }
  const { usage } = message;
  const cached = usage.prompt_tokens_details?.cached_tokens;
  return {
    id: `msg_${randomUUID().replaceAll("-", "").slice(0, 24)}`,
    model,
    blocks,
    stopReason: STOP_REASONS[message.finishReason] ?? message.finishReason,
    usage: {
      input_tokens: usage.prompt_tokens - (cached ?? 0),
      output_tokens: usage.completion_tokens,
      ...(cached === undefined ? {} : { cache_read_input_tokens: cached }),
    },
  };
}

/** The whole `message` object of a non-streamed answer. */
export function anthropicMessageBody(answer: AnthropicAnswer): Record<string, unknown> {
  return {
    id: answer.id,
    type: "message",
    role: "assistant",
    model: answer.model,
    content: answer.blocks.map(wholeBlock),
    stop_reason: answer.stopReason,
    stop_sequence: null,
    usage: answer.usage,
  };
}

function wholeBlock(block: AnthropicBlock): Record<string, unknown> {
  switch (block.type) {
    case "thinking":
      return { type: "thinking", thinking: block.thinking, signature: block.signature };
    case "redacted_thinking":
      return block;
    case "text":
      return { type: "text", text: block.text };
    case "tool_use":
      // A whole answer carries the input parsed: invalid JSON cannot be sent as an object, so it
      // goes as a string (the client then sees an input that does not match the schema).
      return { type: "tool_use", id: block.id, name: block.name, input: jsonOrText(block.input) };
  }
}
