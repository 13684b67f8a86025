import { describe, expect, it } from "vitest";
import { z } from "zod";
import { toJsonSchema } from "../to-json-schema.js";
import { nestJsonSchema } from "./nest-json-schema.js";
import { needsWrapper, unwrapAnswer, unwrapSnapshot, wrapJsonSchema } from "./root-wrapper.js";

describe("needsWrapper", () => {
  it("leaves an object root (with named properties, or a record) as it is", () => {
    expect(needsWrapper(toJsonSchema(z.record(z.string(), z.number())))).toBe(false);
    expect(needsWrapper(toJsonSchema(z.object({ a: z.string() })))).toBe(false);
    expect(needsWrapper(toJsonSchema(z.object({})))).toBe(false);
    const Node = z.object({
      name: z.string(),
      get next() {
        return Node.optional();
      },
    });
    expect(needsWrapper(toJsonSchema(Node.meta({ id: "Node" })))).toBe(false);
  });

  it.each([
    ["enum", z.enum(["a", "b"])],
    ["literal", z.literal(3)],
    ["string", z.string()],
    ["number", z.number()],
    ["boolean", z.boolean()],
    ["array", z.array(z.string())],
    ["union", z.union([z.object({ a: z.string() }), z.object({ b: z.string() })])],
    ["nullable object", z.object({ a: z.string() }).nullable()],
    ["unknown", z.unknown()],
  ])("wraps a %s root", (_, schema) => {
    expect(needsWrapper(toJsonSchema(schema))).toBe(true);
  });
});

describe("wrapJsonSchema", () => {
  it("puts the schema under a required `value` of a closed object", () => {
    expect(wrapJsonSchema(toJsonSchema(z.enum(["spam", "ham"])))).toEqual({
      type: "object",
      properties: { value: { type: "string", enum: ["spam", "ham"] } },
      required: ["value"],
      additionalProperties: false,
    });
  });

  it("hoists $defs and moves a self-referencing root into a definition of its own", () => {
    type Node = { name: string; children: Node[] };
    const Tree: z.ZodType<Node[]> = z.array(
      z.object({
        name: z.string(),
        get children() {
          return Tree;
        },
      }),
    );
    const inner = toJsonSchema(Tree);
    expect(JSON.stringify(inner)).toContain('"$ref":"#"');
    const wrapped = wrapJsonSchema(inner);
    expect(wrapped.properties).toEqual({ value: { $ref: "#/$defs/root" } });
    expect(JSON.stringify(wrapped)).not.toContain('"$ref":"#"');
    expect(JSON.stringify(wrapped.$defs)).toContain('"children":{"$ref":"#/$defs/root"}');
  });

  it("keeps references into $defs pointing at the same definitions", () => {
    const inner = {
      type: "array",
      items: { $ref: "#/$defs/Item" },
      $defs: { Item: { type: "object", properties: { root: { type: "string" } } } },
    };
    const nested = nestJsonSchema(inner, (node) => ({ type: "object", properties: { x: node } }));
    expect(nested).toEqual({
      type: "object",
      properties: { x: { type: "array", items: { $ref: "#/$defs/Item" } } },
      $defs: inner.$defs,
    });
  });
});

describe("unwrapAnswer / unwrapSnapshot", () => {
  it("takes the value out of `{ value }` and refuses any other shape", () => {
    expect(unwrapAnswer({ value: null })).toEqual({ ok: true, value: null });
    expect(unwrapAnswer({ value: [1] })).toEqual({ ok: true, value: [1] });
    expect(unwrapAnswer("spam")).toEqual({ ok: false });
    expect(unwrapAnswer({})).toEqual({ ok: false });
    expect(unwrapAnswer({ value: 1, other: 2 })).toEqual({ ok: false });
    expect(unwrapAnswer([{ value: 1 }])).toEqual({ ok: false });
  });

  it("shows nothing until the value has started", () => {
    expect(unwrapSnapshot({})).toBeUndefined();
    expect(unwrapSnapshot(undefined)).toBeUndefined();
    expect(unwrapSnapshot({ value: "sp" })).toBe("sp");
  });
});
