import type { AdapterResponse } from "../types/adapter.js";
import type { DataContent, ReasoningPart, TextPart, UserContent } from "../types/content-part.js";
import type { Message, ToolCall } from "../types/message.js";

/** One part of a message in the GenAI semantic conventions' shape. */
type GenAiPart = Record<string, unknown>;

/** One message in the GenAI semantic conventions' shape: a role and its parts. */
interface GenAiMessage {
  role: string;
  parts: GenAiPart[];
  finish_reason?: string;
}

/**
 * `gen_ai.input.messages`: what one attempt sent (only recorded with `recordContent`). Images and
 * files are named by media type (and URL, when they are one), never copied into the span.
 */
export function inputMessagesJson(messages: readonly Message[]): string {
  return JSON.stringify(messages.map(genAiMessage));
}

/** `gen_ai.output.messages`: what the model answered in one attempt. */
export function outputMessagesJson(response: AdapterResponse): string {
  const parts: GenAiPart[] = [];
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
          ...(message.reasoning ?? []).map(reasoningPart),
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
      return { role: message.role, parts: contentParts(message.content) };
  }
}

function contentParts(content: UserContent | string | TextPart[]): GenAiPart[] {
  if (typeof content === "string") return [{ type: "text", content }];
  return content.map((part) => {
    if (part.type === "text") return { type: "text", content: part.text };
    if (part.type === "image") return mediaPart("image", part.image, part.mediaType);
    return mediaPart(part.mediaType.split("/")[0] ?? "file", part.data, part.mediaType);
  });
}

function mediaPart(modality: string, data: DataContent, mediaType: string | undefined): GenAiPart {
  const part: GenAiPart =
    data instanceof URL ? { type: "uri", modality, uri: data.href } : { type: "blob", modality };
  if (mediaType !== undefined) part.mime_type = mediaType;
  return part;
}

function reasoningPart(part: ReasoningPart): GenAiPart {
  return { type: "reasoning", content: part.text };
}

function toolCallPart(call: ToolCall): GenAiPart {
  return { type: "tool_call", id: call.id, name: call.name, arguments: call.arguments };
}
