import { Mode } from "@instr/core/adapter";
import { describe, expect, it } from "vitest";
import { transformCerebrasSchema } from "./transform-cerebras-schema.js";

const modes = Object.values(Mode);
const prepare = (schema: Record<string, unknown>) =>
  transformCerebrasSchema(schema, Mode.JSON_SCHEMA, modes);

const objectOf = (properties: Record<string, unknown>) => ({
  type: "object",
  properties,
  required: Object.keys(properties),
});

/** An object nested `levels` deep (the root counts as level 1). */
function nested(levels: number): Record<string, unknown> {
  return levels === 1
    ? objectOf({ leaf: { type: "string" } })
    : objectOf({ n: nested(levels - 1) });
}

const manyProperties = (count: number, prefix = "p") =>
  objectOf(
    Object.fromEntries(
      Array.from({ length: count }, (_, i) => [`${prefix}${i}`, { type: "string" }]),
    ),
  );

describe("Cerebras strict-mode limits", () => {
  it("accepts 10 levels of nesting and rejects 11, at the level that breaks it", () => {
    expect(() => prepare(nested(10))).not.toThrow();
    expect(() => prepare(nested(11))).toThrow(
      /nesting deeper than 10 levels \(at \/properties\/n(\/properties\/n){9}\)/,
    );
  });

  it("counts arrays as levels and follows $refs", () => {
    const schema = {
      ...objectOf({ list: { type: "array", items: { $ref: "#/$defs/deep" } } }),
      $defs: { deep: nested(9) },
    };
    expect(() => prepare(schema)).toThrow(/nesting deeper than 10 levels/);
  });

  it("accepts 500 object properties and rejects 501", () => {
    expect(() => prepare(manyProperties(500))).not.toThrow();
    expect(() => prepare(manyProperties(501))).toThrow(
      /501 object properties, more than the limit of 500/,
    );
  });

  it("rejects more than 500 enum values in total", () => {
    const values = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}${i}`);
    const schema = (n: number) =>
      objectOf({
        a: { type: "string", enum: values(n, "a") },
        b: { type: "string", enum: values(250, "b") },
      });
    expect(() => prepare(schema(250))).not.toThrow();
    expect(() => prepare(schema(251))).toThrow(/501 enum values, more than the limit of 500/);
  });

  it("rejects an enum of more than 250 values longer than 7,500 characters, pointing at it", () => {
    const long = Array.from({ length: 260 }, (_, i) => `${i}`.padEnd(30, "x"));
    expect(() => prepare(objectOf({ e: { type: "string", enum: long } }))).toThrow(
      /an enum of more than 250 values may hold at most 7500 characters \(this one: 7800\) \(at \/properties\/e\/enum\)/,
    );
  });

  it("rejects more than 5,000 counted characters but does not count descriptions", () => {
    const names = (count: number) =>
      objectOf(
        Object.fromEntries(
          Array.from({ length: count }, (_, i) => [
            `${i}`.padStart(50, "k"),
            { type: "string", description: "d".repeat(200) },
          ]),
        ),
      );
    expect(() => prepare(names(100))).not.toThrow();
    expect(() => prepare(names(101))).toThrow(/5050 counted characters/);
  });
});
