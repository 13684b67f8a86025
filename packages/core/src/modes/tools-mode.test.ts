import { describe, expect, it } from "vitest";
import { JsonParseError } from "../errors/json-parse-error.js";
import { ValidationError } from "../errors/validation-error.js";
import { textResponse, toolCallResponse } from "../testing/mock-responses.js";
import { thrownBy } from "../testing/thrown-by.fixture.js";
import type { AdapterResponse, AdapterSchema } from "../types/adapter.js";
import { toolsMode } from "./tools-mode.js";

const schema: AdapterSchema = { name: "User", jsonSchema: { type: "object" } };
const validation = new ValidationError("bad", {
  issues: [{ code: "custom", path: ["age"], message: "too young", input: 1 }],
  rawText: "{}",
  value: {},
});

function extractError(response: AdapterResponse): JsonParseError {
  return thrownBy(() => toolsMode.extractText(response, schema), JsonParseError.isInstance);
}

describe("TOOLS mode", () => {
  it("instructs the model to call the tool named after the schema", () => {
    expect(toolsMode.instruction(schema)).toContain('calling the "User" tool exactly once');
  });

  it("extracts the arguments of the one call to the schema's tool", () => {
    expect(toolsMode.extractText(toolCallResponse("User", { a: 1 }), schema)).toBe('{"a":1}');
  });

  it("rejects no call, a wrong tool name and several calls with clear JsonParseErrors", () => {
    expect(extractError(textResponse("Jason is 25")).message).toBe(
      'The model did not call the "User" tool. It answered with text instead.',
    );
    expect(extractError(toolCallResponse("Other", "{}")).message).toContain(
      'called the tool "Other"; the only tool is "User"',
    );
    const two = toolCallResponse("User", "{}");
    const several = extractError({
      ...two,
      toolCalls: [...two.toolCalls, { id: "x", name: "User", arguments: "[]" }],
    });
    expect(several.message).toContain(
      '2 tool calls ("User", "User"); expected exactly one call to "User"',
    );
    expect(several.rawText).toBe("{}\n[]");
  });

  it("re-asks with the assistant's calls and one tool result per call", () => {
    const response: AdapterResponse = {
      ...toolCallResponse("User", '{"age":1}', { id: "c1" }),
      toolCalls: [
        { id: "c1", name: "User", arguments: '{"age":1}' },
        { id: "c2", name: "User", arguments: "{}" },
      ],
    };
    const messages = toolsMode.reaskMessages(response, validation, schema);
    expect(messages[0]).toEqual({
      role: "assistant",
      content: null,
      toolCalls: response.toolCalls,
    });
    expect(messages.slice(1).map((m) => m.role === "tool" && m.toolCallId)).toEqual(["c1", "c2"]);
    expect(messages[1]?.content).toBe(
      'Your previous answer failed validation:\n- age: too young\n\nCall the "User" tool again, once, with corrected arguments.',
    );
  });

  it("re-asks with a user message when the model made no call", () => {
    const error = extractError(textResponse("no"));
    const messages = toolsMode.reaskMessages(textResponse("no"), error, schema);
    expect(messages).toEqual([
      { role: "assistant", content: "no" },
      { role: "user", content: expect.stringContaining('did not call the "User" tool') },
    ]);
  });
});
