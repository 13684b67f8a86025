import { describe, expect, it } from "vitest";
import { JsonParseError } from "../errors/json-parse-error.js";
import { textResponse } from "../testing/mock-responses.js";
import type { AdapterSchema } from "../types/adapter.js";
import { jsonMode } from "./json-mode.js";
import { jsonSchemaMode } from "./json-schema-mode.js";
import { mdJsonMode } from "./md-json-mode.js";
import { modeHandlers } from "./mode-handlers.js";

const schema: AdapterSchema = {
  name: "User",
  description: "A person",
  jsonSchema: { type: "object", properties: { name: { type: "string" } } },
};

describe("content modes", () => {
  it("registers a handler for every mode under its own value", () => {
    for (const [mode, handler] of Object.entries(modeHandlers)) expect(handler.mode).toBe(mode);
  });

  it("puts the schema in the system instruction for JSON and MD_JSON, not for JSON_SCHEMA", () => {
    const schemaText = JSON.stringify(schema.jsonSchema, null, 2);
    expect(jsonMode.instruction(schema)).toContain(schemaText);
    expect(jsonMode.instruction(schema)).toContain("A person");
    expect(mdJsonMode.instruction(schema)).toContain(schemaText);
    expect(mdJsonMode.instruction(schema)).toContain("```json fenced code block");
    expect(jsonSchemaMode.instruction(schema)).toBe(
      'Answer with JSON that follows the "User" schema.',
    );
  });

  it("extracts the content for JSON and JSON_SCHEMA, rejecting an empty one", () => {
    for (const handler of [jsonMode, jsonSchemaMode]) {
      expect(handler.extractText(textResponse('{"a":1}'), schema)).toBe('{"a":1}');
      expect(() => handler.extractText({ ...textResponse(""), text: null }, schema)).toThrow(
        JsonParseError,
      );
      expect(() => handler.extractText(textResponse("  "), schema)).toThrow(/empty/);
    }
  });

  it("extracts the fenced JSON for MD_JSON", () => {
    expect(mdJsonMode.extractText(textResponse('ok\n```json\n{"a":1}\n```'), schema)).toBe(
      '{"a":1}\n',
    );
  });

  it("re-asks with the model's answer and a user message naming the fix", () => {
    const error = new JsonParseError("The answer is not valid JSON: x", { rawText: "{" });
    const [assistant, user] = mdJsonMode.reaskMessages(textResponse("{"), error, schema);
    expect(assistant).toEqual({ role: "assistant", content: "{" });
    expect(user).toEqual({
      role: "user",
      content:
        'Your previous answer could not be used: The answer is not valid JSON: x\n\nAnswer again with the corrected JSON value for the "User" schema in a ```json fenced code block.',
    });
    expect(jsonMode.reaskMessages(textResponse("{"), error, schema)[1]?.content).toContain(
      'only the corrected JSON value for the "User" schema.',
    );
  });
});
