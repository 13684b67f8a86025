import type { JsonSchema } from "../../types/json-schema.js";

/**
 * The OpenAI chat completions wire shapes that instr writes, as plain JSON types: the lingua
 * franca of OpenAI-compatible endpoints (OpenAI, Cerebras, vLLM, …). Only the fields instr uses;
 * each is assignable to the matching type of the vendor SDKs.
 */

/** A function call the assistant made, on the wire. */
export interface OpenAIChatToolCall {
  id: string;
  type: "function";
  function: { name: string; arguments: string };
}

/** Text in a user message. */
export interface OpenAIChatTextPart {
  type: "text";
  text: string;
}

/** An image in a user message: an http(s) URL or a `data:` URL. */
export interface OpenAIChatImagePart {
  type: "image_url";
  image_url: { url: string };
}

/** A file (e.g. a PDF) in a user message, as a base64 `data:` URL. */
export interface OpenAIChatFilePart {
  type: "file";
  file: { file_data: string; filename?: string };
}

/** Audio in a user message, as base64. */
export interface OpenAIChatAudioPart {
  type: "input_audio";
  input_audio: { data: string; format: "wav" | "mp3" };
}

/** One part of a user message on the wire. */
export type OpenAIChatContentPart =
  | OpenAIChatTextPart
  | OpenAIChatImagePart
  | OpenAIChatFilePart
  | OpenAIChatAudioPart;

/** One chat message on the wire. */
export type OpenAIChatMessage =
  | { role: "system"; content: string }
  | { role: "user"; content: string | OpenAIChatContentPart[] }
  | { role: "assistant"; content: string | null; tool_calls?: OpenAIChatToolCall[] }
  | { role: "tool"; tool_call_id: string; content: string };

/** A function tool on the wire. */
export interface OpenAIChatTool {
  type: "function";
  function: { name: string; description?: string; parameters: JsonSchema; strict?: boolean };
}

/** The request fields that ask for structured output in one mode. */
export interface OpenAIChatModeFields {
  tools?: OpenAIChatTool[];
  tool_choice?: "auto" | { type: "function"; function: { name: string } };
  response_format?:
    | { type: "json_object" }
    | {
        type: "json_schema";
        json_schema: { name: string; description?: string; schema: JsonSchema; strict: boolean };
      };
}
