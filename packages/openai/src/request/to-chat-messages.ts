import type { Message } from "@instr/core";
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";

/** Maps provider-neutral messages to the OpenAI chat wire format. */
export function toChatMessages(messages: readonly Message[]): ChatCompletionMessageParam[] {
  return messages.map(toChatMessage);
}

function toChatMessage(message: Message): ChatCompletionMessageParam {
  switch (message.role) {
    case "system":
    case "user":
      return { role: message.role, content: message.content };
    case "assistant":
      return {
        role: "assistant",
        content: message.content,
        ...(message.toolCalls?.length
          ? {
              tool_calls: message.toolCalls.map((call) => ({
                id: call.id,
                type: "function" as const,
                function: { name: call.name, arguments: call.arguments },
              })),
            }
          : {}),
      };
    case "tool":
      return { role: "tool", tool_call_id: message.toolCallId, content: message.content };
  }
}
