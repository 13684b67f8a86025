import type {
  LanguageModelV3FilePart,
  LanguageModelV3Message,
  LanguageModelV3Prompt,
  LanguageModelV3TextPart,
} from "@ai-sdk/provider";
import {
  imageMediaType,
  type Message,
  systemText,
  type ToolCall,
  type UserContentPart,
} from "@instr/core/adapter";
import { toSharedProviderOptions } from "./shared-provider-options.js";

/**
 * Our messages as the spec's prompt. Images become file parts (the spec has no image part);
 * reasoning and `providerMetadata` go back as `providerOptions`, which is where a provider reads
 * the signatures it attached to its own answer.
 */
export function toPrompt(messages: readonly Message[]): LanguageModelV3Prompt {
  // A tool result names its tool in the spec; ours names only the call, so remember the calls.
  const toolNames = new Map<string, string>();
  return messages.map((message) => toMessage(message, toolNames));
}

function toMessage(message: Message, toolNames: Map<string, string>): LanguageModelV3Message {
  const providerOptions = toSharedProviderOptions(message.providerMetadata);
  switch (message.role) {
    case "system":
      return {
        role: "system",
        content: systemText(message.content),
        providerOptions,
      };
    case "user":
      return {
        role: "user",
        content:
          typeof message.content === "string"
            ? [{ type: "text", text: message.content }]
            : message.content.map(toUserPart),
        providerOptions,
      };
    case "assistant": {
      for (const call of message.toolCalls ?? []) toolNames.set(call.id, call.name);
      return {
        role: "assistant",
        content: [
          ...(message.reasoning ?? []).map((part) => ({
            type: "reasoning" as const,
            text: part.text,
            providerOptions: toSharedProviderOptions(part.providerMetadata),
          })),
          ...(message.content ? [{ type: "text" as const, text: message.content }] : []),
          ...(message.toolCalls ?? []).map(toToolCallPart),
        ],
        providerOptions,
      };
    }
    case "tool":
      return {
        role: "tool",
        content: [
          {
            type: "tool-result",
            toolCallId: message.toolCallId,
            toolName: toolNames.get(message.toolCallId) ?? "",
            output: { type: "text", value: message.content },
          },
        ],
        providerOptions,
      };
  }
}

function toUserPart(part: UserContentPart): LanguageModelV3TextPart | LanguageModelV3FilePart {
  const providerOptions = toSharedProviderOptions(part.providerMetadata);
  switch (part.type) {
    case "text":
      return { type: "text", text: part.text, providerOptions };
    case "image":
      return {
        type: "file",
        data: part.image,
        mediaType: imageMediaType(part.image, part.mediaType),
        providerOptions,
      };
    case "file":
      return {
        type: "file",
        data: part.data,
        mediaType: part.mediaType,
        ...(part.filename === undefined ? {} : { filename: part.filename }),
        providerOptions,
      };
  }
}

function toToolCallPart(call: ToolCall) {
  return {
    type: "tool-call" as const,
    toolCallId: call.id,
    toolName: call.name,
    input: parsedOrText(call.arguments),
    providerOptions: toSharedProviderOptions(call.providerMetadata),
  };
}

/**
 * The spec carries a tool call's input as a value. A re-ask often repeats arguments that are not
 * valid JSON (that is why it re-asks), so those go back as the text the model wrote.
 */
function parsedOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
