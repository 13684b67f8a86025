import { base64Of, imageUrlOf, urlOf } from "../../adapter-kit/data-content.js";
import { systemText } from "../../adapter-kit/system-text.js";
import { InstructorError } from "../../errors/instructor-error.js";
import type { UserContentPart } from "../../types/content-part.js";
import type { Message } from "../../types/message.js";
import type { OpenAIChatContentPart, OpenAIChatMessage } from "./openai-chat-types.js";

/**
 * Maps core's provider-neutral messages to the OpenAI chat completions wire shape (snake_case
 * tool fields), for adapters over any OpenAI-compatible endpoint. User parts become `text`,
 * `image_url` (a URL or a `data:` URL), `file` (base64 `file_data`) and `input_audio` (WAV or
 * MP3) parts; system text parts are joined into one string. Reasoning parts and
 * `providerMetadata` have no place on this wire and are left out.
 *
 * @throws InstructorError for audio other than WAV or MP3, or a file given as an http(s) link.
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
      return { role: "system", content: systemText(message.content) };
    case "user":
      return {
        role: "user",
        content:
          typeof message.content === "string" ? message.content : message.content.map(toWirePart),
      };
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

function toWirePart(part: UserContentPart): OpenAIChatContentPart {
  switch (part.type) {
    case "text":
      return { type: "text", text: part.text };
    case "image":
      return { type: "image_url", image_url: { url: imageUrlOf(part) } };
    case "file": {
      const mediaType = part.mediaType.toLowerCase();
      if (mediaType.startsWith("image/")) {
        return { type: "image_url", image_url: { url: urlOf(part.data, mediaType) } };
      }
      if (mediaType.startsWith("audio/")) {
        return {
          type: "input_audio",
          input_audio: { data: base64Of(part.data), format: audioFormat(mediaType) },
        };
      }
      return {
        type: "file",
        file: {
          file_data: `data:${part.mediaType};base64,${base64Of(part.data)}`,
          ...(part.filename === undefined ? {} : { filename: part.filename }),
        },
      };
    }
  }
}

function audioFormat(mediaType: string): "wav" | "mp3" {
  if (mediaType === "audio/wav" || mediaType === "audio/x-wav" || mediaType === "audio/wave") {
    return "wav";
  }
  if (mediaType === "audio/mpeg" || mediaType === "audio/mp3") return "mp3";
  throw new InstructorError(
    `The OpenAI chat wire takes WAV or MP3 audio, not ${mediaType}: convert it first.`,
  );
}
