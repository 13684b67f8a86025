import type Anthropic from "@anthropic-ai/sdk";
import type { Message } from "@instr/core/adapter";
import { toAssistantBlocks } from "./to-assistant-blocks.js";
import { toUserBlocks } from "./to-user-blocks.js";

/** The conversation in the Messages API's terms: system text apart, then the turns. */
export interface AnthropicConversation {
  /** The system messages' text, joined by blank lines; absent when there are none. */
  system?: string;
  messages: Anthropic.MessageParam[];
}

/**
 * The conversation as the Messages API takes it. The wire has only user and assistant turns
 * (system text goes apart): a tool result is a user block, and consecutive turns of one role
 * merge into one.
 */
export function toAnthropicMessages(messages: readonly Message[]): AnthropicConversation {
  const system: string[] = [];
  const turns: Anthropic.MessageParam[] = [];
  for (const message of messages) {
    if (message.role === "system") {
      const { content } = message;
      system.push(typeof content === "string" ? content : content.map((p) => p.text).join(""));
      continue;
    }
    const turn = toMessageParam(message);
    const last = turns.at(-1);
    if (last?.role === turn.role) {
      last.content = [...blocksOf(last.content), ...blocksOf(turn.content)];
    } else {
      turns.push(turn);
    }
  }
  return { ...(system.length > 0 ? { system: system.join("\n\n") } : {}), messages: turns };
}

function toMessageParam(message: Exclude<Message, { role: "system" }>): Anthropic.MessageParam {
  switch (message.role) {
    case "user":
      return { role: "user", content: toUserBlocks(message.content) };
    case "tool":
      return {
        role: "user",
        content: [
          { type: "tool_result", tool_use_id: message.toolCallId, content: message.content },
        ],
      };
    case "assistant":
      return { role: "assistant", content: toAssistantBlocks(message) };
  }
}

function blocksOf(content: Anthropic.MessageParam["content"]): Anthropic.ContentBlockParam[] {
  return typeof content === "string" ? [{ type: "text", text: content }] : content;
}
