import { describe, expect, it } from "vitest";
import { SCRIPTED_TEXT, schemaAwareReply } from "./schema-aware-reply.js";
import type { RecordedRequest } from "./types.js";

const request = (body: Record<string, unknown>): RecordedRequest => ({
  method: "POST",
  path: "/v1/chat/completions",
  headers: {},
  body: { model: "m", messages: [], ...body },
  rawBody: "",
  receivedAt: 0,
});

const userSchema = {
  type: "object",
  properties: { name: { type: "string" }, age: { type: "integer" } },
};

describe("schemaAwareReply", () => {
  it("calls the forced tool with arguments from its parameters", () => {
    const reply = schemaAwareReply(
      request({
        tools: [
          { type: "function", function: { name: "Other", parameters: { type: "object" } } },
          { type: "function", function: { name: "User", parameters: userSchema } },
        ],
        tool_choice: { type: "function", function: { name: "User" } },
      }),
    );
    expect(reply).toEqual({
      type: "message",
      toolCalls: [{ name: "User", arguments: '{"name":"example","age":1}' }],
    });
  });

  it("answers json_schema with a JSON value of the schema, json_object with {}", () => {
    expect(
      schemaAwareReply(
        request({
          response_format: {
            type: "json_schema",
            json_schema: { name: "User", schema: userSchema },
          },
        }),
      ),
    ).toEqual({ type: "message", content: '{"name":"example","age":1}' });
    expect(schemaAwareReply(request({ response_format: { type: "json_object" } }))).toEqual({
      type: "message",
      content: "{}",
    });
  });

  it("answers with text when nothing structured is asked, or tools are disabled", () => {
    const text = { type: "message", content: SCRIPTED_TEXT };
    expect(schemaAwareReply(request({}))).toEqual(text);
    expect(
      schemaAwareReply(
        request({ tools: [{ type: "function", function: { name: "User" } }], tool_choice: "none" }),
      ),
    ).toEqual(text);
  });
});
