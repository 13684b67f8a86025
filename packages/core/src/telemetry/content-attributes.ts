import type { AdapterResponse } from "../types/adapter.js";
import type { Message, ToolCall } from "../types/message.js";

/** One message in the GenAI semantic conventions' shape: a role and its parts. */
interface GenAiMessage {
  role: string;
  parts: Record<string, unknown>[];
  finish_reason?: string;
}

/** `gen_ai.input.messages`: what one attempt sent (only recorded with `recordContent`). */
export function inputMessagesJson(messages: readonly Message[]): string {
  return JSON.stringify(messages.map(genAiMessage));
}

/** `gen_ai.output.messages`: what the model answered in one attempt. */
export function outputMessagesJson(response: AdapterResponse): string {
  const parts: Record<string, unknown>[] = [];
  if (response.text !== null) parts.push({ type: "text", content: response.text });
  for (const call of response.toolCalls) parts.push(toolCallPart(call));
  const message: GenAiMessage = {
    role: "assistant",
    parts,
    finish_reason: response.finishReason,
  };
  return JSON.stringify([message]);
}

function genAiMessage(message: Message): GenAiMessage {
  switch (message.role) {
    case "assistant":
      return {
        role: "assistant",
        parts: [
          ...(message.content === null ? [] : [{ type: "text", content: message.content }]),
          ...(message.toolCalls ?? []).map(toolCallPart),
        ],
      };
    case "tool":
      return {
        role: "tool",
        parts: [{ type: "tool_call_response", id: message.toolCallId, response: message.content }],
      };
    default:
      return { role: message.role, parts: [{ type: "text", content: message.content }] };
  }
}

function toolCallPart(call: ToolCall): Record<string, unknown> {
  return { type: "tool_call", id: call.id, name: call.name, arguments: call.arguments };
}
