import { describe, expect, it } from "vitest";
import { exampleFromSchema } from "./example-from-schema.js";

describe("exampleFromSchema", () => {
  it("fills every property of nested objects and arrays", () => {
    const schema = {
      type: "object",
      properties: {
        name: { type: "string" },
        age: { type: "integer", minimum: 18 },
        admin: { type: "boolean" },
        tags: { type: "array", items: { type: "string" }, minItems: 2 },
        address: { type: "object", properties: { city: { type: "string" } } },
      },
    };
    expect(exampleFromSchema(schema)).toEqual({
      name: "example",
      age: 18,
      admin: true,
      tags: ["example", "example"],
      address: { city: "example" },
    });
  });

  it("takes the first enum value, const, the non-null branch of anyOf and of type arrays", () => {
    expect(exampleFromSchema({ enum: ["red", "green"] })).toBe("red");
    expect(exampleFromSchema({ const: 7 })).toBe(7);
    expect(exampleFromSchema({ anyOf: [{ type: "null" }, { type: "number" }] })).toBe(1);
    expect(exampleFromSchema({ type: ["null", "string"] })).toBe("example");
  });

  it("resolves local $refs and stops recursive schemas at a depth limit", () => {
    const schema = {
      $ref: "#/$defs/Node",
      $defs: {
        Node: {
          type: "object",
          properties: { value: { type: "number" }, next: { $ref: "#/$defs/Node" } },
        },
      },
    };
    let node = exampleFromSchema(schema);
    let depth = 0;
    while (typeof node === "object" && node !== null && "next" in node) {
      node = node.next;
      depth++;
    }
    expect(node).toBeNull();
    expect(depth).toBeGreaterThan(1);
  });

  it("keeps a __proto__ property as data", () => {
    const value = exampleFromSchema({
      type: "object",
      properties: { ["__proto__"]: { type: "string" } },
    });
    expect(Object.keys(Object(value))).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });
});
