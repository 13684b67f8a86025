import { describe, expect, it } from "vitest";
import { decodeChatRequest } from "../../testing/conformance/decode-chat-request.js";
import type { AdapterSchema } from "../../types/adapter.js";
import type { Message } from "../../types/message.js";
import { Mode } from "../../types/mode.js";
import { openAIChatModeFields } from "./openai-chat-mode-fields.js";
import { toOpenAIChatMessages } from "./to-openai-chat-messages.js";

const messages: Message[] = [
  { role: "system", content: "Be exact." },
  { role: "user", content: "Jason is 25" },
  {
    role: "assistant",
    content: null,
    toolCalls: [{ id: "call_1", name: "User", arguments: '{"age":"25"}' }],
  },
  { role: "tool", toolCallId: "call_1", content: "age: expected number" },
  { role: "assistant", content: "{}", toolCalls: [] },
];
const schema: AdapterSchema = {
  name: "User",
  description: "A user",
  jsonSchema: { type: "object", properties: {} },
};

describe("toOpenAIChatMessages", () => {
  it("writes each role in the chat completions shape, tool calls in snake_case", () => {
    expect(toOpenAIChatMessages(messages)).toEqual([
      { role: "system", content: "Be exact." },
      { role: "user", content: "Jason is 25" },
      {
        role: "assistant",
        content: null,
        tool_calls: [
          { id: "call_1", type: "function", function: { name: "User", arguments: '{"age":"25"}' } },
        ],
      },
      { role: "tool", tool_call_id: "call_1", content: "age: expected number" },
      // No empty tool_calls list: some servers reject it.
      { role: "assistant", content: "{}" },
    ]);
  });

  it("is undone by the conformance suite's decoder", () => {
    const body = { model: "m", messages: toOpenAIChatMessages(messages) };
    expect(decodeChatRequest(body).messages).toEqual([
      ...messages.slice(0, 4),
      { role: "assistant", content: "{}" },
    ]);
  });
});

describe("openAIChatModeFields", () => {
  it("TOOLS: one function with the schema, strict and forced as the provider allows", () => {
    expect(
      openAIChatModeFields(Mode.TOOLS, schema, { strictTool: true, forcedToolChoice: true }),
    ).toEqual({
      tools: [
        {
          type: "function",
          function: {
            name: "User",
            description: "A user",
            parameters: schema.jsonSchema,
            strict: true,
          },
        },
      ],
      tool_choice: { type: "function", function: { name: "User" } },
    });
    const loose = openAIChatModeFields(
      Mode.TOOLS,
      { name: "User", jsonSchema: schema.jsonSchema },
      { strictTool: false, forcedToolChoice: false },
    );
    expect(loose).toEqual({
      tools: [{ type: "function", function: { name: "User", parameters: schema.jsonSchema } }],
      tool_choice: "auto",
    });
  });

  it("JSON, JSON_SCHEMA and MD_JSON", () => {
    const tools = { strictTool: true, forcedToolChoice: true };
    expect(openAIChatModeFields(Mode.JSON, schema, tools)).toEqual({
      response_format: { type: "json_object" },
    });
    expect(openAIChatModeFields(Mode.JSON_SCHEMA, schema, tools)).toEqual({
      response_format: {
        type: "json_schema",
        json_schema: {
          name: "User",
          description: "A user",
          schema: schema.jsonSchema,
          strict: true,
        },
      },
    });
    expect(openAIChatModeFields(Mode.MD_JSON, schema, tools)).toEqual({});
  });
});
