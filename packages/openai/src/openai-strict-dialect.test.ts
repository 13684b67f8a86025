import { toJsonSchema } from "@instr/core";
import { rewriteStrictJsonSchema } from "@instr/core/adapter";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { openaiStrictDialect, strictDialectFor } from "./openai-strict-dialect.js";

const issuesOf = (schema: z.ZodType) =>
  rewriteStrictJsonSchema(toJsonSchema(schema), openaiStrictDialect).issues;

describe("openaiStrictDialect", () => {
  it("accepts what zod writes for objects, nesting, arrays, enums, unions, nullables, formats and recursion", () => {
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

  it("keeps type arrays and the constraints OpenAI supports, writing optional as a union with null", () => {
    const { schema } = rewriteStrictJsonSchema(
      toJsonSchema(
        z.object({
          code: z
            .string()
            .regex(/^[A-Z]+$/)
            .optional(),
        }),
      ),
      openaiStrictDialect,
    );
    expect(schema.properties).toEqual({ code: { type: ["string", "null"], pattern: "^[A-Z]+$" } });
  });

  it("rejects records, tuples and a non-object root, naming where", () => {
    expect(issuesOf(z.object({ scores: z.record(z.string(), z.number()) }))).toEqual([
      {
        pointer: "/properties/scores/propertyNames",
        problem: "records (z.record, `propertyNames`) are not supported",
      },
      {
        pointer: "/properties/scores/additionalProperties",
        problem:
          "objects must set `additionalProperties: false` (records and catch-alls are not supported)",
      },
    ]);
    expect(issuesOf(z.object({ pair: z.tuple([z.string(), z.number()]) }))).toEqual([
      {
        pointer: "/properties/pair/prefixItems",
        problem: "tuples (z.tuple, `prefixItems`) are not supported",
      },
    ]);
    expect(issuesOf(z.array(z.string()))[0]).toMatchObject({ pointer: "" });
  });

  it("rejects the composition keywords OpenAI does not support", () => {
    const { issues } = rewriteStrictJsonSchema(
      {
        type: "object",
        properties: { a: { type: "string", allOf: [{ type: "string" }], not: { const: "x" } } },
        required: ["a"],
      },
      openaiStrictDialect,
    );
    expect(issues).toEqual([
      { pointer: "/properties/a/allOf", problem: "`allOf` is not supported" },
      { pointer: "/properties/a/not", problem: "`not` is not supported" },
    ]);
  });

  it("enforces the documented size limits", () => {
    const manyValues = Array.from({ length: 1001 }, (_, i) => `v${i}`);
    expect(issuesOf(z.object({ e: z.enum(manyValues) }))).toContainEqual({
      pointer: "",
      problem: "1001 enum values, more than the limit of 1000",
    });
    let deep: z.ZodType = z.object({ leaf: z.string() });
    for (let level = 0; level < 9; level++) deep = z.object({ next: deep });
    expect(issuesOf(deep)).toEqual([]);
    expect(issuesOf(z.object({ next: deep }))).toEqual([
      {
        pointer: `${"/properties/next".repeat(10)}`,
        problem: "nesting deeper than 10 levels",
      },
    ]);
    const longValues = Array.from({ length: 251 }, (_, i) => `${"x".repeat(60)}${i}`);
    expect(issuesOf(z.object({ e: z.enum(longValues) }))[0]).toMatchObject({
      pointer: "/properties/e/enum",
      problem: expect.stringMatching(/^an enum of more than 250 values may hold at most 15000/),
    });
  });

  it("names an OpenAI-compatible endpoint by its provider name", () => {
    expect(strictDialectFor("openai")).toBe(openaiStrictDialect);
    expect(strictDialectFor("local-vllm")).toMatchObject({
      provider: "local-vllm",
      label: "local-vllm strict structured outputs",
    });
  });
});
