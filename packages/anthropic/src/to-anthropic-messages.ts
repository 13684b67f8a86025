import type Anthropic from "@anthropic-ai/sdk";
import { type Message, systemText } from "@instr/core/adapter";
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
      system.push(systemText(message.content));
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

/** The wire has two roles: an assistant turn, or a user turn (a tool result is one too). */
function toMessageParam(message: Exclude<Message, { role: "system" }>): Anthropic.MessageParam {
  if (message.role === "assistant") {
    return { role: "assistant", content: toAssistantBlocks(message) };
  }
  const content: Anthropic.MessageParam["content"] =
    message.role === "user"
      ? toUserBlocks(message.content)
      : [{ type: "tool_result", tool_use_id: message.toolCallId, content: message.content }];
  return { role: "user", content };
}

function blocksOf(content: Anthropic.MessageParam["content"]): Anthropic.ContentBlockParam[] {
  return typeof content === "string" ? [{ type: "text", text: content }] : content;
}
