import { Mode, UnsupportedModeError, UnsupportedSchemaError } from "@instr/core/adapter";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { transformCerebrasSchema } from "./transform-cerebras-schema.js";

const modes = Object.values(Mode);
const strict = (schema: z.ZodType, mode: Mode = Mode.JSON_SCHEMA) =>
  transformCerebrasSchema(z.toJSONSchema(schema), mode, modes);

function rejection(schema: Record<string, unknown>, mode: Mode = Mode.JSON_SCHEMA) {
  try {
    transformCerebrasSchema(schema, mode, modes);
  } catch (error) {
    if (UnsupportedSchemaError.isInstance(error)) return error;
    throw error;
  }
  throw new Error("expected the schema to be rejected");
}

const $schema = "https://json-schema.org/draft/2020-12/schema";

describe("transformCerebrasSchema: the Cerebras strict dialect (the generic rewrite is tested in @instr/core)", () => {
  it("keeps a plain object as it is, closed and fully required", () => {
    expect(strict(z.object({ name: z.string(), age: z.number().int().min(0) }))).toEqual({
      $schema,
      type: "object",
      properties: {
        name: { type: "string" },
        age: { type: "integer", minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
      },
      required: ["name", "age"],
      additionalProperties: false,
    });
  });

  it("makes optional properties required and nullable; nullable ones stay as they are", () => {
    const out = strict(
      z.object({
        nick: z.string().optional(),
        note: z.string().nullable(),
        both: z.number().nullish(),
        tag: z.union([z.string(), z.number()]).optional(),
      }),
    );
    expect(out.required).toEqual(["nick", "note", "both", "tag"]);
    expect(out.properties).toEqual({
      nick: { anyOf: [{ type: "string" }, { type: "null" }] },
      note: { anyOf: [{ type: "string" }, { type: "null" }] },
      both: { anyOf: [{ type: "number" }, { type: "null" }] },
      tag: { anyOf: [{ type: "string" }, { type: "number" }, { type: "null" }] },
    });
  });

  it("moves validation-only constraints into the description (zod still checks them)", () => {
    const code = z
      .string()
      .min(2)
      .max(4)
      .regex(/^[A-Z]+$/);
    const tags = z.array(z.string()).min(1).max(3);
    const out = strict(z.object({ email: z.email().describe("work address"), code, tags }));
    expect(out.properties).toEqual({
      email: { type: "string", description: "work address (format: email)" },
      code: { type: "string", description: "(minLength: 2, maxLength: 4, pattern: ^[A-Z]+$)" },
      tags: { type: "array", items: { type: "string" }, description: "(minItems: 1, maxItems: 3)" },
    });
  });

  it("keeps local $defs references, transformed too", () => {
    const address = z.object({ city: z.string(), zip: z.string().optional() });
    const out = transformCerebrasSchema(
      z.toJSONSchema(z.object({ a: address, b: address }), { reused: "ref" }),
      Mode.JSON_SCHEMA,
      modes,
    );
    expect(out.properties).toEqual({
      a: { $ref: "#/$defs/__schema0" },
      b: { $ref: "#/$defs/__schema0" },
    });
    expect(out.$defs).toEqual({
      __schema0: {
        type: "object",
        properties: {
          city: { type: "string" },
          zip: { anyOf: [{ type: "string" }, { type: "null" }] },
        },
        required: ["city", "zip"],
        additionalProperties: false,
      },
    });
  });

  it("drops pure annotations that constrain nothing", () => {
    const out = strict(z.object({ a: z.string().meta({ examples: ["x"], deprecated: true }) }));
    expect(out.properties).toEqual({ a: { type: "string" } });
  });

  it("applies to TOOLS as well, and leaves JSON and MD_JSON schemas untouched", () => {
    const schema = z.toJSONSchema(z.object({ nick: z.string().optional() }));
    expect(transformCerebrasSchema(schema, Mode.TOOLS, modes).required).toEqual(["nick"]);
    expect(transformCerebrasSchema(schema, Mode.JSON, modes)).toBe(schema);
    expect(transformCerebrasSchema(schema, Mode.MD_JSON, modes)).toBe(schema);
  });
});

describe("transformCerebrasSchema: rejections name the construct and its JSON Pointer", () => {
  it.each([
    ["a root array", z.toJSONSchema(z.array(z.string())), ""],
    [
      "a record",
      z.toJSONSchema(z.object({ m: z.record(z.string(), z.number()) })),
      "/properties/m/propertyNames",
    ],
    ["a recursive schema", z.toJSONSchema(recursiveNode()), "/properties/children/items/$ref"],
    [
      "allOf",
      { type: "object", properties: { a: { allOf: [{ type: "string" }] } } },
      "/properties/a/allOf",
    ],
    [
      "an unknown keyword",
      { type: "object", properties: { a: { type: "string", contentMediaType: "x" } } },
      "/properties/a/contentMediaType",
    ],
    ["definitions", { type: "object", properties: {}, definitions: {} }, "/definitions"],
  ])("rejects %s", (_what, schema, pointer) => {
    const error = rejection(schema);
    expect(error.pointer).toBe(pointer);
    expect(error.message).toContain(`(at ${pointer === "" ? "/" : pointer})`);
    expect(UnsupportedModeError.isInstance(error)).toBe(true);
    expect(error.mode).toBe(Mode.JSON_SCHEMA);
    expect(error.provider).toBe("cerebras");
  });

  it("rejects a recursive $defs cycle", () => {
    const error = rejection({
      type: "object",
      properties: { a: { $ref: "#/$defs/node" } },
      $defs: {
        node: { type: "object", properties: { next: { $ref: "#/$defs/node" } } },
      },
    });
    expect(error.message).toContain("recursive schemas are not supported");
    expect(error.pointer).toBe("/$defs/node/properties/next/anyOf/0/$ref");
  });

  it("names the mode it was preparing", () => {
    expect(rejection(z.toJSONSchema(z.object({ x: z.any() })), Mode.TOOLS).mode).toBe(Mode.TOOLS);
  });
});

function recursiveNode() {
  const node = z.object({
    name: z.string(),
    get children(): z.ZodArray<typeof node> {
      return z.array(node);
    },
  });
  return node;
}
