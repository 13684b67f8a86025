import type { Message, ToolCall, UserContentPart } from "@instr/core";
import {
  type ConformanceScripting,
  mockServerScripting,
  type ObservedOutput,
  type ObservedRequest,
} from "@instr/core/testing";
import type { MockServer } from "@instr/mock-server";
import { isRecord } from "../src/is-record.js";

/**
 * The conformance scripting for the Gemini wire of `@instr/mock-server`: core's
 * `mockServerScripting` (every Gemini stream event is a response, and text comes first), with
 * the request decoded from the last request whole, since the Gemini API names the model and the
 * stream in the path rather than the body.
 */
export function geminiScripting(server: MockServer, apiKey: string): ConformanceScripting {
  return mockServerScripting({
    server,
    apiKey,
    eventsBeforeText: 0,
    decodeRequest(body) {
      const last = server.requests.at(-1);
      if (last === undefined || last.body !== body) throw new Error("not the last request's body");
      return fromWire(last.path, body);
    },
  });
}

/** The parts of a Gemini request body the decoding reads; a mismatch fails the suite's checks. */
interface WireBody {
  contents: { role: "user" | "model"; parts: WirePart[] }[];
  systemInstruction?: { parts: { text: string }[] };
  generationConfig?: {
    temperature?: number;
    maxOutputTokens?: number;
    responseMimeType?: string;
    responseJsonSchema?: Record<string, unknown>;
  };
  tools?: {
    functionDeclarations: {
      name: string;
      description?: string;
      parametersJsonSchema: Record<string, unknown>;
    }[];
  }[];
  toolConfig?: { functionCallingConfig?: { mode?: string; allowedFunctionNames?: string[] } };
}

interface WirePart {
  text?: string;
  thought?: boolean;
  thoughtSignature?: string;
  inlineData?: { mimeType: string; data: string };
  functionCall?: { id?: string; name: string; args: unknown };
  functionResponse?: { id?: string; name: string; response: { output?: string } };
}

/** A request the adapter sent, in provider-neutral terms. */
function fromWire(path: string, raw: unknown): ObservedRequest {
  // The body is the adapter's own JSON; a mismatch fails the suite's assertions on it.
  const body = raw as WireBody;
  const [, model = "", method] = /models\/([^/:]+):(\w+)/.exec(path) ?? [];
  const messages: Message[] = (body.systemInstruction?.parts ?? []).map(({ text }) => ({
    role: "system",
    content: text,
  }));
  for (const { role, parts } of body.contents) {
    if (role === "model") messages.push(assistantOf(parts));
    else messages.push(...userOf(parts));
  }
  const config = body.generationConfig ?? {};
  return {
    model,
    messages,
    output: outputOf(body),
    stream: method === "streamGenerateContent",
    ...(config.temperature === undefined ? {} : { temperature: config.temperature }),
    ...(config.maxOutputTokens === undefined ? {} : { maxTokens: config.maxOutputTokens }),
    fields: isRecord(raw) ? { ...raw } : {},
  };
}

function assistantOf(parts: WirePart[]): Message {
  const texts = parts.filter((part) => part.text !== undefined && part.thought !== true);
  const reasoning = parts
    .filter((part) => part.thought === true)
    .map((part) => ({
      type: "reasoning" as const,
      text: part.text ?? "",
      ...(part.thoughtSignature === undefined
        ? {}
        : { providerMetadata: { google: { thoughtSignature: part.thoughtSignature } } }),
    }));
  const toolCalls: ToolCall[] = parts.flatMap(({ functionCall }) =>
    functionCall === undefined
      ? []
      : [
          {
            id: functionCall.id ?? "",
            name: functionCall.name,
            arguments: JSON.stringify(functionCall.args),
          },
        ],
  );
  return {
    role: "assistant",
    content: texts.length === 0 ? null : texts.map((part) => part.text).join(""),
    ...(reasoning.length === 0 ? {} : { reasoning }),
    ...(toolCalls.length === 0 ? {} : { toolCalls }),
  };
}

function userOf(parts: WirePart[]): Message[] {
  const messages: Message[] = [];
  const content: UserContentPart[] = [];
  for (const part of parts) {
    const { functionResponse, inlineData } = part;
    if (functionResponse !== undefined) {
      messages.push({
        role: "tool",
        toolCallId: functionResponse.id ?? "",
        content: functionResponse.response.output ?? "",
      });
    } else if (inlineData !== undefined) {
      const { mimeType, data } = inlineData;
      content.push(
        mimeType.startsWith("image/")
          ? { type: "image", image: data, mediaType: mimeType }
          : { type: "file", data, mediaType: mimeType },
      );
    } else {
      content.push({ type: "text", text: part.text ?? "" });
    }
  }
  const [only] = content;
  if (content.length === 1 && only?.type === "text")
    messages.push({ role: "user", content: only.text });
  else if (content.length > 0) messages.push({ role: "user", content });
  return messages;
}

function outputOf(body: WireBody): ObservedOutput {
  const declaration = body.tools?.[0]?.functionDeclarations[0];
  if (declaration !== undefined) {
    const calling = body.toolConfig?.functionCallingConfig;
    return {
      kind: "tool",
      name: declaration.name,
      ...(declaration.description === undefined ? {} : { description: declaration.description }),
      parameters: declaration.parametersJsonSchema,
      forced:
        calling?.mode === "ANY" &&
        calling.allowedFunctionNames?.includes(declaration.name) === true,
    };
  }
  const config = body.generationConfig ?? {};
  if (config.responseJsonSchema !== undefined) {
    // The adapter titles the schema with its name and describes it with its description.
    const { title, description: _description, ...schema } = config.responseJsonSchema;
    return { kind: "json_schema", name: String(title), schema, strict: true };
  }
  if (config.responseMimeType === "application/json") return { kind: "json_object" };
  return { kind: "none" };
}
