import { describe, expect, it } from "vitest";
import { z } from "zod";
import { JsonParseError } from "../errors/json-parse-error.js";
import { ValidationError } from "../errors/validation-error.js";
import { formatIssues } from "./format-issues.js";
import { parseJsonText } from "./parse-json-text.js";
import { validateValue } from "./validate-value.js";

function parseError(text: string): JsonParseError {
  try {
    parseJsonText(text);
  } catch (error) {
    if (JsonParseError.isInstance(error)) return error;
    throw error;
  }
  throw new Error("expected a JsonParseError");
}

describe("parseJsonText", () => {
  it("parses one JSON value", () => {
    expect(parseJsonText(' {"a": [1, null]} ')).toEqual({ a: [1, null] });
  });

  it("reports the text and the position of the problem", () => {
    expect(parseError('{"a":1} x')).toMatchObject({ rawText: '{"a":1} x', position: 8 });
    expect(parseError('{"a":1').position).toBe(6);
    expect(parseError("{a}").message).toMatch(/^The answer is not valid JSON: /);
  });
});

describe("validateValue", () => {
  const Model = z.object({
    name: z.string(),
    items: z.array(z.object({ "odd key": z.number() })),
    n: z.number().transform((v) => v * 2),
  });

  it("returns zod's output", async () => {
    await expect(validateValue(Model, { name: "a", items: [], n: 2 }, "")).resolves.toEqual({
      name: "a",
      items: [],
      n: 4,
    });
  });

  it("throws ValidationError with issues, raw text, value and one line per issue", async () => {
    const value = { items: [{ "odd key": "1" }], n: 1 };
    const error = await validateValue(Model, value, "RAW").catch((e: unknown) => e);
    if (!ValidationError.isInstance(error)) throw error;
    expect(error.rawText).toBe("RAW");
    expect(error.value).toBe(value);
    expect(error.issues).toHaveLength(2);
    expect(error.message).toBe(
      'The answer does not match the response model (2 issues):\n- name: Invalid input: expected string, received undefined\n- items[0]["odd key"]: Invalid input: expected number, received string',
    );
  });
});

describe("formatIssues", () => {
  it("names the root", () => {
    expect(formatIssues([{ code: "custom", path: [], message: "nope", input: 1 }])).toBe(
      "- (root): nope",
    );
  });
});
