import type { AdapterRequest, ProviderAdapter } from "../../types/adapter.js";
import type { JsonSchema } from "../../types/json-schema.js";
import type { Message } from "../../types/message.js";
import type { Mode } from "../../types/mode.js";
import type { ScriptedMessage } from "./types.js";

/** A schema every provider dialect accepts as it is: closed, all required, no unions. */
const personSchema: JsonSchema = {
  type: "object",
  properties: { name: { type: "string" }, age: { type: "integer" } },
  required: ["name", "age"],
  additionalProperties: false,
};

/** The answer the scripted model gives, as JSON text. */
export const personJson = '{"name":"Jason","age":25}';

/** Usage the scripted model reports. */
export const scriptedUsage = { promptTokens: 31, completionTokens: 9, totalTokens: 40 };

/** The request core would send in `mode`: schema through `transformSchema`, like core does. */
export function conformanceRequest(
  adapter: ProviderAdapter,
  mode: Mode,
  model: string,
  overrides: Partial<AdapterRequest> = {},
): AdapterRequest {
  const jsonSchema = adapter.transformSchema?.(structuredClone(personSchema), mode) ?? personSchema;
  return {
    model,
    mode,
    messages: [
      { role: "system", content: "Extract the person." },
      { role: "user", content: "Jason is 25 years old." },
    ],
    schema: { name: "Person", description: "A person mentioned in the text", jsonSchema },
    temperature: 0.25,
    maxTokens: 256,
    ...overrides,
  };
}

/** The scripted answer for `mode`: a tool call in TOOLS, text in the other modes. */
export function answerFor(mode: Mode, schemaName: string): ScriptedMessage {
  if (mode === "tools") {
    return {
      type: "message",
      text: null,
      toolCalls: [{ id: "call_conformance_1", name: schemaName, arguments: personJson }],
      finishReason: "tool_calls",
      usage: scriptedUsage,
      chunkSize: 5,
    };
  }
  const text = mode === "md_json" ? `Here it is:\n\`\`\`json\n${personJson}\n\`\`\`` : personJson;
  return { type: "message", text, finishReason: "stop", usage: scriptedUsage, chunkSize: 5 };
}

/** A conversation with every message role, as core writes it when re-asking in TOOLS mode. */
export const everyRole: Message[] = [
  { role: "system", content: "Extract the person." },
  { role: "user", content: "Jason is 25 years old." },
  {
    role: "assistant",
    content: null,
    toolCalls: [{ id: "call_previous", name: "Person", arguments: '{"name":"Jason"}' }],
  },
  { role: "tool", toolCallId: "call_previous", content: "age: Required. Fix the errors." },
  { role: "assistant", content: "Some prose before an answer." },
  { role: "user", content: "Please answer again." },
];
