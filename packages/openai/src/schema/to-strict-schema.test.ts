import { toJsonSchema } from "@instr/core";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { toStrictSchema } from "./to-strict-schema.js";

describe("toStrictSchema", () => {
  it("makes optional properties required and nullable, keeping required ones as they are", () => {
    const schema = toJsonSchema(
      z.object({ name: z.string(), nickname: z.string().optional(), age: z.number().optional() }),
    );
    expect(toStrictSchema(schema)).toEqual({
      type: "object",
      properties: {
        name: { type: "string" },
        nickname: { type: ["string", "null"] },
        age: { type: ["number", "null"] },
      },
      required: ["name", "nickname", "age"],
      additionalProperties: false,
    });
  });

  it("wraps optional enums, consts and refs in anyOf with null instead of widening their type", () => {
    const strict = toStrictSchema({
      type: "object",
      properties: {
        kind: { type: "string", enum: ["a", "b"] },
        tag: { type: "string", const: "x" },
        ref: { $ref: "#/$defs/Thing" },
      },
      $defs: { Thing: { type: "object", properties: { id: { type: "string" } } } },
    });
    expect(strict.properties).toEqual({
      kind: { anyOf: [{ type: "string", enum: ["a", "b"] }, { type: "null" }] },
      tag: { anyOf: [{ type: "string", const: "x" }, { type: "null" }] },
      ref: { anyOf: [{ $ref: "#/$defs/Thing" }, { type: "null" }] },
    });
    // Definitions are rewritten too: closed, and their optional property made nullable.
    expect(strict.$defs).toEqual({
      Thing: {
        type: "object",
        properties: { id: { type: ["string", "null"] } },
        required: ["id"],
        additionalProperties: false,
      },
    });
  });

  it("does not add a second null to a property that already accepts null", () => {
    const { properties } = toStrictSchema({
      type: "object",
      properties: {
        a: toJsonSchema(z.string().nullable()),
        b: { anyOf: [{ type: "string" }, { type: "null" }] },
      },
    });
    expect(properties).toEqual({
      a: { type: ["string", "null"] },
      b: { anyOf: [{ type: "string" }, { type: "null" }] },
    });
  });

  it("closes nested objects in properties, array items and union branches", () => {
    const strict = toStrictSchema({
      type: "object",
      properties: {
        list: { type: "array", items: { type: "object", properties: { x: { type: "number" } } } },
        either: {
          oneOf: [{ type: "object", properties: { y: { type: "string" } } }, { type: "string" }],
        },
      },
      required: ["list", "either"],
    });
    expect(strict).toMatchObject({
      additionalProperties: false,
      properties: {
        list: { items: { additionalProperties: false, required: ["x"] } },
        // oneOf becomes anyOf, which is the only union OpenAI's strict mode takes.
        either: { anyOf: [{ additionalProperties: false, required: ["y"] }, { type: "string" }] },
      },
    });
    expect(strict.properties).not.toHaveProperty("either.oneOf");
  });

  it("leaves an explicit additionalProperties (a record) for the issue check to reject", () => {
    const schema = toJsonSchema(z.object({ scores: z.record(z.string(), z.number()) }));
    expect(toStrictSchema(schema)).toMatchObject({
      properties: { scores: { additionalProperties: { type: "number" } } },
    });
  });

  it("does not modify its input", () => {
    const schema = { type: "object", properties: { a: { type: "string" } } };
    const before = structuredClone(schema);
    toStrictSchema(schema);
    expect(schema).toEqual(before);
  });
});
