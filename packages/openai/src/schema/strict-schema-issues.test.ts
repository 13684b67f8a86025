import { toJsonSchema } from "@instr/core";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { strictSchemaIssues } from "./strict-schema-issues.js";
import { toStrictSchema } from "./to-strict-schema.js";

const issuesOf = (schema: z.ZodType) => strictSchemaIssues(toStrictSchema(toJsonSchema(schema)));

describe("strictSchemaIssues", () => {
  it("accepts what zod writes for objects, nesting, arrays, enums, unions, nullables and recursion", () => {
    const Node = z.object({
      name: z.string(),
      get children() {
        return z.array(Node);
      },
    });
    const schema = z.object({
      user: z.object({ name: z.string(), age: z.number().int().optional() }),
      tags: z.array(z.string()).max(3),
      kind: z.enum(["a", "b"]),
      value: z.union([z.string(), z.number()]),
      note: z.string().nullable(),
      email: z.email(),
      tree: Node,
    });
    expect(issuesOf(schema)).toEqual([]);
  });

  it("rejects a schema that is not strict yet: open objects and optional properties", () => {
    expect(strictSchemaIssues({ type: "object", properties: { a: { type: "string" } } })).toEqual([
      '#: objects must set "additionalProperties": false (records and open objects are not supported)',
      "#: every property must be required (optional: a)",
    ]);
  });

  it("rejects records, tuples and a non-object root, naming where", () => {
    expect(issuesOf(z.object({ scores: z.record(z.string(), z.number()) }))).toEqual([
      '#/properties/scores: keyword "propertyNames" is not supported',
      '#/properties/scores: objects must set "additionalProperties": false (records and open objects are not supported)',
    ]);
    expect(issuesOf(z.object({ pair: z.tuple([z.string(), z.number()]) }))).toEqual([
      '#/properties/pair: keyword "prefixItems" is not supported',
    ]);
    expect(issuesOf(z.array(z.string()))).toEqual([
      '#: the root must be an object schema (`"type": "object"`), not a union or scalar',
    ]);
  });

  it("rejects the composition keywords OpenAI does not support", () => {
    const issues = strictSchemaIssues({
      type: "object",
      properties: { a: { allOf: [{ type: "string" }], not: { const: "x" } } },
      required: ["a"],
      additionalProperties: false,
    });
    expect(issues).toEqual([
      '#/properties/a: keyword "allOf" is not supported',
      '#/properties/a: keyword "not" is not supported',
    ]);
  });

  it("enforces the documented size limits", () => {
    const manyValues = Array.from({ length: 1001 }, (_, i) => `v${i}`);
    expect(issuesOf(z.object({ e: z.enum(manyValues) }))).toContain(
      "#: at most 1000 enum values are allowed (has 1001)",
    );
    let deep: z.ZodType = z.object({ leaf: z.string() });
    for (let level = 0; level < 10; level++) deep = z.object({ next: deep });
    expect(issuesOf(deep)).toEqual(["#: at most 10 levels of object nesting are allowed (has 11)"]);
    const longValues = Array.from({ length: 251 }, (_, i) => `${"x".repeat(60)}${i}`);
    expect(issuesOf(z.object({ e: z.enum(longValues) }))[0]).toMatch(
      /^#\/properties\/e: an enum of more than 250 values may have at most 15000 characters/,
    );
  });
});
