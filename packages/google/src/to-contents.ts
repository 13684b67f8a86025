import type { Content, Part } from "@google/genai";
import type { DataContent, Message, ToolCall, UserContentPart } from "@instr/core/adapter";
import { base64Of, imageMediaType, safeJson } from "@instr/core/adapter";
import { isRecord } from "./is-record.js";
import { googleMetadataOf, signed } from "./provider-metadata.js";

/** A conversation on the Gemini wire: the system text apart, the turns as `user` / `model` contents. */
export interface GoogleConversation {
  contents: Content[];
  systemInstruction?: Content;
}

/**
 * Core's messages as Gemini contents. System messages become the `systemInstruction`; an
 * assistant turn becomes a `model` content with its thoughts, text and function calls, each
 * with the `thoughtSignature` it came with (from `providerMetadata.google`); tool results become
 * `functionResponse` parts, named after the call they answer (else `fallbackName`, the schema's
 * tool). Consecutive turns of one role are joined, as Gemini wants turns to alternate.
 */
export function toContents(messages: readonly Message[], fallbackName: string): GoogleConversation {
  const system: Part[] = [];
  const contents: Content[] = [];
  const calls = new Map<string, ToolCall>();
  const push = (role: "user" | "model", parts: Part[]) => {
    const last = contents.at(-1);
    if (last?.role === role) last.parts = [...(last.parts ?? []), ...parts];
    else contents.push({ role, parts });
  };
  for (const message of messages) {
    switch (message.role) {
      case "system":
        system.push(...textParts(message.content));
        break;
      case "user":
        push(
          "user",
          typeof message.content === "string"
            ? [{ text: message.content }]
            : message.content.map(toPart),
        );
        break;
      case "assistant":
        for (const call of message.toolCalls ?? []) calls.set(call.id, call);
        push("model", modelParts(message));
        break;
      case "tool": {
        const call = calls.get(message.toolCallId);
        push("user", [
          {
            functionResponse: {
              ...(hasWireId(call) ? { id: message.toolCallId } : {}),
              name: call?.name ?? fallbackName,
              response: { output: message.content },
            },
          },
        ]);
        break;
      }
    }
  }
  return system.length === 0 ? { contents } : { contents, systemInstruction: { parts: system } };
}

function textParts(content: string | readonly { text: string }[]): Part[] {
  return typeof content === "string" ? [{ text: content }] : content.map(({ text }) => ({ text }));
}

function toPart(part: UserContentPart): Part {
  switch (part.type) {
    case "text":
      return { text: part.text };
    case "image":
      return dataPart(part.image, imageMediaType(part.image, part.mediaType));
    case "file":
      return dataPart(part.data, part.mediaType);
  }
}

/** Bytes, base64 and `data:` URLs go inline; an http(s) URL goes by reference (`fileData`). */
function dataPart(data: DataContent, mimeType: string): Part {
  if (data instanceof URL && data.protocol !== "data:") {
    return { fileData: { fileUri: data.href, mimeType } };
  }
  return { inlineData: { mimeType, data: base64Of(data) } };
}

function modelParts(message: Extract<Message, { role: "assistant" }>): Part[] {
  const parts: Part[] = (message.reasoning ?? []).map((part) =>
    signed({ text: part.text, thought: true }, part.providerMetadata),
  );
  if (message.content !== null && message.content !== "") {
    parts.push(signed({ text: message.content }, message.providerMetadata));
  }
  for (const call of message.toolCalls ?? []) {
    parts.push(
      signed(
        {
          functionCall: {
            ...(hasWireId(call) ? { id: call.id } : {}),
            name: call.name,
            args: argumentsObject(call.arguments),
          },
        },
        call.providerMetadata,
      ),
    );
  }
  return parts.length > 0 ? parts : [{ text: "" }];
}

/** Whether the call's id came from Gemini (or from the caller), not made up by the adapter. */
function hasWireId(call: ToolCall | undefined): boolean {
  return call === undefined || googleMetadataOf(call.providerMetadata).syntheticId !== true;
}

/**
 * The arguments as the object `functionCall.args` holds: what the model wrote, parsed; text that
 * is not a JSON object (the invalid answer a re-ask is about) goes as `{ value: text }`.
 */
function argumentsObject(text: string): Record<string, unknown> {
  const value = safeJson(text);
  return isRecord(value) ? value : { value: text };
}
