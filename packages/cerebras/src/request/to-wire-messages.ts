import type { Message } from "@instr/core";
import type { WireMessage } from "./wire-types.js";

/** Maps core's provider-neutral messages to the Cerebras wire shape (snake_case tool fields). */
export function toWireMessages(messages: readonly Message[]): WireMessage[] {
  return messages.map(toWireMessage);
}

function toWireMessage(message: Message): WireMessage {
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
