import type { Message } from "../../types/message.js";
import type { OpenAIChatMessage } from "./openai-chat-types.js";

/**
 * Maps core's provider-neutral messages to the OpenAI chat completions wire shape (snake_case
 * tool fields), for adapters over any OpenAI-compatible endpoint.
 *
 * @example
 * ```ts
 * toOpenAIChatMessages([{ role: "tool", toolCallId: "call_1", content: "Fix: age" }]);
 * // [{ role: "tool", tool_call_id: "call_1", content: "Fix: age" }]
 * ```
 */
export function toOpenAIChatMessages(messages: readonly Message[]): OpenAIChatMessage[] {
  return messages.map(toOpenAIChatMessage);
}

function toOpenAIChatMessage(message: Message): OpenAIChatMessage {
  switch (message.role) {
    case "system":
    case "user":
      return { role: message.role, content: message.content };
    case "assistant": {
      const calls = message.toolCalls ?? [];
      if (calls.length === 0) return { role: "assistant", content: message.content };
      return {
        role: "assistant",
        content: message.content,
        tool_calls: calls.map((call) => ({
          id: call.id,
          type: "function",
          function: { name: call.name, arguments: call.arguments },
        })),
      };
    }
    case "tool":
      return { role: "tool", tool_call_id: message.toolCallId, content: message.content };
  }
}
