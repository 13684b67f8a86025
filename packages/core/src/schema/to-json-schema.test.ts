import { describe, expect, it } from "vitest";
import { z } from "zod";
import { InstructorError } from "../errors/instructor-error.js";
import { toJsonSchema } from "./to-json-schema.js";

describe("toJsonSchema", () => {
  it("describes the input side: defaults are optional, transforms and pipes use their input", () => {
    const schema = z.object({
      tags: z.array(z.string()).default([]),
      length: z.string().transform((s) => s.length),
      count: z.string().pipe(z.coerce.number()),
      note: z.string().optional(),
      maybe: z.number().nullable(),
    });
    const json = toJsonSchema(schema);
    expect(json.required).toEqual(["length", "count", "maybe"]);
    expect(json.properties).toMatchObject({
      tags: { type: "array", default: [] },
      length: { type: "string" },
      count: { type: "string" },
      maybe: { type: ["number", "null"] },
    });
    expect(json).not.toHaveProperty("$schema");
  });

  it("caches per schema object and freezes the result", () => {
    const schema = z.object({ a: z.string() });
    const first = toJsonSchema(schema);
    expect(toJsonSchema(schema)).toBe(first);
    expect(toJsonSchema(z.object({ a: z.string() }))).not.toBe(first);
    expect(Object.isFrozen(first.properties)).toBe(true);
  });

  it("inlines the root $ref zod writes for a schema with an id", () => {
    const json = toJsonSchema(z.object({ a: z.string() }).meta({ id: "Thing", title: "A thing" }));
    expect(json).toEqual({
      type: "object",
      properties: { a: { type: "string" } },
      required: ["a"],
      title: "A thing",
    });
  });

  it("keeps recursive schemas valid", () => {
    const Node: z.ZodType<{ name: string; children: unknown[] }> = z.object({
      name: z.string(),
      get children() {
        return z.array(Node);
      },
    });
    const json = toJsonSchema(Node);
    expect(json.properties).toMatchObject({ children: { items: { $ref: "#" } } });
  });

  it("rejects a schema JSON cannot express with an actionable InstructorError", () => {
    for (const schema of [z.object({ at: z.date() }), z.object({ n: z.bigint() })]) {
      let error: unknown;
      try {
        toJsonSchema(schema);
      } catch (e) {
        error = e;
      }
      expect(InstructorError.isInstance(error)).toBe(true);
      expect(InstructorError.isInstance(error) && error.message).toMatch(
        /cannot be converted to JSON Schema: .* cannot be represented .*z\.iso\.datetime\(\)/,
      );
    }
  });
});
