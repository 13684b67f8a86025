import { describe, expect, it } from "vitest";
import { decodeChatRequest } from "../../testing/conformance/decode-chat-request.js";
import { everyRole } from "../../testing/conformance/fixtures.js";
import type { AdapterSchema } from "../../types/adapter.js";
import { Mode } from "../../types/mode.js";
import { openAIChatModeFields } from "./openai-chat-mode-fields.js";
import { toOpenAIChatMessages } from "./to-openai-chat-messages.js";

const schema: AdapterSchema = {
  name: "User",
  description: "A user",
  jsonSchema: { type: "object", properties: {} },
};

describe("toOpenAIChatMessages", () => {
  it("writes each role in the chat completions shape, tool calls in snake_case", () => {
    expect(toOpenAIChatMessages(everyRole)).toEqual([
      { role: "system", content: "Extract the person." },
      { role: "user", content: "Jason is 25 years old." },
      {
        role: "assistant",
        content: null,
        tool_calls: [
          {
            id: "call_previous",
            type: "function",
            function: { name: "Person", arguments: '{"name":"Jason"}' },
          },
        ],
      },
      { role: "tool", tool_call_id: "call_previous", content: "age: Required. Fix the errors." },
      { role: "assistant", content: "Some prose before an answer." },
      { role: "user", content: "Please answer again." },
    ]);
  });

  it("writes no empty tool_calls list (some servers reject it)", () => {
    expect(toOpenAIChatMessages([{ role: "assistant", content: "{}", toolCalls: [] }])).toEqual([
      { role: "assistant", content: "{}" },
    ]);
  });

  it("is undone by the conformance suite's decoder", () => {
    const body = { model: "m", messages: toOpenAIChatMessages(everyRole) };
    expect(decodeChatRequest(body).messages).toEqual(everyRole);
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
