import type { UserContentPart } from "../../types/content-part.js";
import type { JsonSchema } from "../../types/json-schema.js";
import type { Message, ToolCall } from "../../types/message.js";
import type { ObservedOutput, ObservedRequest } from "./types.js";

/**
 * Decodes an OpenAI-compatible chat completions request body into provider-neutral terms, so
 * the conformance suite can compare it with the `AdapterRequest` that produced it. Throws on a
 * body that is not a chat request, naming the field.
 */
export function decodeChatRequest(body: unknown): ObservedRequest {
  const request = record(body, "request body");
  const temperature = request.temperature;
  const maxTokens = request.max_completion_tokens ?? request.max_tokens;
  return {
    model: text(request.model, "model"),
    messages: list(request.messages, "messages").map((message, index) =>
      decodeMessage(record(message, `messages[${index}]`)),
    ),
    output: decodeOutput(request),
    stream: request.stream === true,
    ...(typeof temperature === "number" ? { temperature } : {}),
    ...(typeof maxTokens === "number" ? { maxTokens } : {}),
    fields: request,
  };
}

function decodeMessage(message: Record<string, unknown>): Message {
  const { role, content } = message;
  switch (role) {
    case "system":
      return { role, content: text(content, "system content") };
    case "user":
      return {
        role,
        content: Array.isArray(content)
          ? content.map((part, index) => decodePart(record(part, `user content[${index}]`)))
          : text(content, "user content"),
      };
    case "assistant": {
      const calls = message.tool_calls === undefined ? [] : list(message.tool_calls, "tool_calls");
      return {
        role,
        content: content === null || content === undefined ? null : text(content, "content"),
        ...(calls.length > 0 ? { toolCalls: calls.map(decodeToolCall) } : {}),
      };
    }
    case "tool":
      return {
        role,
        toolCallId: text(message.tool_call_id, "tool_call_id"),
        content: text(content, "tool content"),
      };
    default:
      throw new Error(`unexpected message role ${JSON.stringify(role)}`);
  }
}

/** A user content part back in core's terms (media types from the data URL or the audio format). */
function decodePart(part: Record<string, unknown>): UserContentPart {
  switch (part.type) {
    case "text":
      return { type: "text", text: text(part.text, "text part") };
    case "image_url":
      return { type: "image", image: text(record(part.image_url, "image_url").url, "image url") };
    case "file": {
      const file = record(part.file, "file part");
      const data = text(file.file_data, "file_data");
      return {
        type: "file",
        data,
        mediaType: data.slice(5, data.indexOf(";")),
        ...(typeof file.filename === "string" ? { filename: file.filename } : {}),
      };
    }
    case "input_audio": {
      const audio = record(part.input_audio, "input_audio");
      const format = text(audio.format, "audio format");
      return {
        type: "file",
        data: text(audio.data, "audio data"),
        mediaType: format === "mp3" ? "audio/mpeg" : `audio/${format}`,
      };
    }
    default:
      throw new Error(`unexpected user content part ${JSON.stringify(part.type)}`);
  }
}

function decodeToolCall(call: unknown): ToolCall {
  const fields = record(call, "tool call");
  const fn = record(fields.function, "tool call function");
  return {
    id: text(fields.id, "tool call id"),
    name: text(fn.name, "tool call name"),
    arguments: text(fn.arguments, "tool call arguments"),
  };
}

function decodeOutput(request: Record<string, unknown>): ObservedOutput {
  if (request.tools !== undefined) {
    const [tool] = list(request.tools, "tools");
    const fn = record(record(tool, "tools[0]").function, "tools[0].function");
    const name = text(fn.name, "tool name");
    const choice = request.tool_choice;
    const named = typeof choice === "object" && choice !== null && "function" in choice;
    const forcedName = named ? record(choice.function, "tool_choice.function").name : undefined;
    return {
      kind: "tool",
      name,
      ...(typeof fn.description === "string" ? { description: fn.description } : {}),
      parameters: schema(fn.parameters, "tool parameters"),
      forced: forcedName === name || choice === "required",
    };
  }
  if (request.response_format === undefined) return { kind: "none" };
  const format = record(request.response_format, "response_format");
  if (format.type === "json_object") return { kind: "json_object" };
  if (format.type === "json_schema") {
    const spec = record(format.json_schema, "response_format.json_schema");
    return {
      kind: "json_schema",
      name: text(spec.name, "json_schema name"),
      schema: schema(spec.schema, "json_schema schema"),
      strict: spec.strict === true,
    };
  }
  return { kind: "none" };
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    return { ...value };
  }
  throw new Error(`${what} is not an object: ${JSON.stringify(value)}`);
}

function schema(value: unknown, what: string): JsonSchema {
  return record(value, what);
}

function list(value: unknown, what: string): unknown[] {
  if (Array.isArray(value)) return value;
  throw new Error(`${what} is not an array: ${JSON.stringify(value)}`);
}

function text(value: unknown, what: string): string {
  if (typeof value === "string") return value;
  throw new Error(`${what} is not a string: ${JSON.stringify(value)}`);
}
