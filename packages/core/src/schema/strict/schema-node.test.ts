import { describe, expect, it } from "vitest";
import type { JsonSchema } from "../../types/json-schema.js";
import { admitsNull, resolveLocalRef } from "./schema-node.js";

const root: JsonSchema = {
  type: "object",
  $defs: {
    Text: { type: "string" },
    Maybe: { anyOf: [{ type: "string" }, { type: "null" }] },
    Loop: { $ref: "#/$defs/Loop" },
    "a/b": { type: "number" },
  },
};

describe("admitsNull", () => {
  it.each<[JsonSchema, boolean]>([
    [{ type: "string" }, false],
    [{ type: "null" }, true],
    [{ type: ["string", "null"] }, true],
    [{ type: ["string", "number"] }, false],
    [{ enum: ["a", null] }, true],
    [{ enum: ["a"] }, false],
    [{ const: null }, true],
    [{ const: 0 }, false],
    [{ anyOf: [{ type: "string" }, { type: "null" }] }, true],
    [{ oneOf: [{ type: "string" }, { type: "number" }] }, false],
    [{ allOf: [{}, { type: "string" }] }, false],
    [{ $ref: "#/$defs/Text" }, false],
    [{ $ref: "#/$defs/Maybe" }, true],
    // What it cannot judge counts as admitting null: dropping or adding nulls stays safe.
    [{}, true],
    [{ not: { type: "null" } }, true],
    [{ $ref: "#/$defs/Loop" }, true],
    [{ $ref: "https://x.test/s" }, true],
  ])("%j -> %s", (node, expected) => {
    expect(admitsNull(node, root)).toBe(expected);
  });
});

describe("resolveLocalRef", () => {
  it("resolves the root, $defs entries (unescaping the name) and nothing else", () => {
    expect(resolveLocalRef(root, "#")).toBe(root);
    expect(resolveLocalRef(root, "#/$defs/a~1b")).toEqual({ type: "number" });
    expect(resolveLocalRef(root, "#/$defs/none")).toBeUndefined();
    expect(resolveLocalRef(root, "#/$defs/toString")).toBeUndefined();
    expect(resolveLocalRef(root, "#/properties/a")).toBeUndefined();
  });
});
