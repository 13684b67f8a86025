import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { JsonSchema } from "../../types/json-schema.js";
import { Mode } from "../../types/mode.js";
import { toJsonSchema } from "../to-json-schema.js";
import type { StrictDialect, StrictLimits } from "./strict-dialect.js";
import { closedDialect, openDialect } from "./strict-dialects.fixture.js";
import {
  isStrictJsonSchema,
  rewriteStrictJsonSchema,
  toStrictJsonSchema,
} from "./to-strict-json-schema.js";

const target = { mode: Mode.JSON_SCHEMA, supportedModes: Object.values(Mode) };
const closed = (schema: JsonSchema) => toStrictJsonSchema(schema, closedDialect, target);
const open = (schema: JsonSchema) => toStrictJsonSchema(schema, openDialect, target);
const issuesOf = (schema: JsonSchema, dialect: StrictDialect = closedDialect) =>
  rewriteStrictJsonSchema(schema, dialect).issues;
/** The closed dialect with `limits` on top of its depth limit. */
const limitedTo = (limits: StrictLimits): StrictDialect => ({
  ...closedDialect,
  limits: { ...closedDialect.limits, ...limits },
});

const objectOf = (properties: JsonSchema, required = Object.keys(properties)): JsonSchema => ({
  type: "object",
  properties,
  required,
});

/** The strict form of an object: closed, every property required (in the order given). */
const closedObjectOf = (properties: JsonSchema): JsonSchema => ({
  type: "object",
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});

describe("toStrictJsonSchema: the provider-neutral rewrite", () => {
  it("closes every object and makes every property required, optional ones nullable", () => {
    const schema = toJsonSchema(
      z.object({
        name: z.string(),
        nick: z.string().optional(),
        note: z.string().nullable(),
        home: z.object({ street: z.string(), unit: z.number().optional() }).optional(),
        tags: z.array(z.object({ x: z.number() })),
      }),
    );
    const orNull = (type: JsonSchema) => ({ anyOf: [type, { type: "null" }] });
    const home = closedObjectOf({ street: { type: "string" }, unit: orNull({ type: "number" }) });
    expect(closed(schema)).toEqual(
      closedObjectOf({
        name: { type: "string" },
        nick: orNull({ type: "string" }),
        note: orNull({ type: "string" }),
        home: orNull(home),
        tags: { type: "array", items: closedObjectOf({ x: { type: "number" } }) },
      }),
    );
  });

  it("writes nullable as a type array where the dialect keeps type arrays, else as anyOf", () => {
    const schema = objectOf({ a: { type: "string" }, b: { type: ["number", "boolean"] } }, []);
    expect(open(schema).properties).toEqual({
      a: { type: ["string", "null"] },
      b: { type: ["number", "boolean", "null"] },
    });
    expect(closed(schema).properties).toEqual({
      a: { anyOf: [{ type: "string" }, { type: "null" }] },
      b: { anyOf: [{ type: "number" }, { type: "boolean" }, { type: "null" }] },
    });
  });

  it("wraps optional enums, consts and refs in anyOf, and extends a plain union", () => {
    const strict = open({
      type: "object",
      properties: {
        kind: { type: "string", enum: ["a", "b"] },
        tag: { type: "string", const: "x" },
        ref: { $ref: "#/$defs/Thing" },
        either: { anyOf: [{ type: "string" }, { type: "number" }] },
      },
      $defs: { Thing: { type: "object", properties: { id: { type: "string" } } } },
    });
    expect(strict.properties).toEqual({
      kind: { anyOf: [{ type: "string", enum: ["a", "b"] }, { type: "null" }] },
      tag: { anyOf: [{ type: "string", const: "x" }, { type: "null" }] },
      ref: { anyOf: [{ $ref: "#/$defs/Thing" }, { type: "null" }] },
      either: { anyOf: [{ type: "string" }, { type: "number" }, { type: "null" }] },
    });
    expect(strict.$defs).toEqual({
      Thing: {
        type: "object",
        properties: { id: { type: ["string", "null"] } },
        required: ["id"],
        additionalProperties: false,
      },
    });
  });

  it("adds no second null to an optional property that already admits null, even through $ref", () => {
    const strict = open({
      type: "object",
      properties: {
        a: { type: ["string", "null"] },
        b: { anyOf: [{ type: "string" }, { type: "null" }] },
        c: { $ref: "#/$defs/Maybe" },
      },
      $defs: { Maybe: { anyOf: [{ type: "string" }, { type: "null" }] } },
    });
    expect(strict.properties).toEqual({
      a: { type: ["string", "null"] },
      b: { anyOf: [{ type: "string" }, { type: "null" }] },
      c: { $ref: "#/$defs/Maybe" },
    });
  });

  it("splits type arrays into anyOf when the dialect asks, each keyword on its own branch", () => {
    const strict = closed(
      objectOf({
        v: {
          type: ["string", "integer", "null"],
          description: "v",
          minimum: 1,
          enum: ["a", 2, null],
        },
      }),
    );
    expect(strict.properties).toEqual({
      v: {
        description: "v",
        anyOf: [
          { type: "string", enum: ["a"] },
          { type: "integer", minimum: 1, enum: [2] },
          { type: "null", enum: [null] },
        ],
      },
    });
  });

  it("turns oneOf into anyOf", () => {
    const strict = open(objectOf({ u: { oneOf: [{ type: "string" }, { type: "number" }] } }));
    expect(strict.properties).toEqual({ u: { anyOf: [{ type: "string" }, { type: "number" }] } });
  });

  it("moves described keywords into the description and drops the dropped ones", () => {
    const strict = closed(
      toJsonSchema(
        z.object({
          email: z.email().describe("work address"),
          code: z
            .string()
            .min(2)
            .max(4)
            .meta({ examples: ["AB"] }),
          tags: z.array(z.string()).min(1),
        }),
      ),
    );
    expect(strict.properties).toEqual({
      email: { type: "string", description: "work address (format: email)" },
      code: { type: "string", description: "(minLength: 2, maxLength: 4)" },
      tags: { type: "array", items: { type: "string" }, description: "(minItems: 1)" },
    });
  });

  it("keeps every other keyword with kept: 'all', and rejects unlisted ones with an allow-list", () => {
    const schema = objectOf({
      a: { type: "string", pattern: "^x", contentMediaType: "text/plain" },
    });
    expect(open(schema).properties).toEqual({
      a: { type: "string", pattern: "^x", contentMediaType: "text/plain" },
    });
    expect(issuesOf(schema)[0]?.pointer).toBe("/properties/a/contentMediaType");
  });

  it("keeps tuples as prefixItems, closed by items: false", () => {
    const strict = closed(toJsonSchema(z.object({ pair: z.tuple([z.string(), z.number()]) })));
    expect(strict.properties).toEqual({
      pair: {
        type: "array",
        prefixItems: [{ type: "string" }, { type: "number" }],
        items: false,
        description: "(minItems: 2, maxItems: 2)",
      },
    });
  });

  it("allows recursion only where the dialect does", () => {
    const Node = z.object({
      name: z.string(),
      get children() {
        return z.array(Node);
      },
    });
    const schema = toJsonSchema(z.object({ tree: Node }));
    expect(issuesOf(schema, openDialect)).toEqual([]);
    expect(issuesOf({ ...objectOf({ self: { $ref: "#" } }) }, openDialect)).toEqual([]);
    expect(issuesOf(schema)[0]?.problem).toBe("recursive schemas are not supported");
    expect(issuesOf(objectOf({ self: { $ref: "#" } }))).toEqual([
      { pointer: "/properties/self/$ref", problem: "recursive schemas are not supported" },
    ]);
  });

  it("does not modify its input", () => {
    const schema = toJsonSchema(z.object({ nick: z.string().optional() }));
    const copy = structuredClone(schema);
    closed(schema);
    open(schema);
    expect(schema).toEqual(copy);
  });
});

describe("toStrictJsonSchema: rejections", () => {
  it.each([
    ["a root array", toJsonSchema(z.array(z.string())), ""],
    ["a root union", toJsonSchema(z.union([z.object({ a: z.string() }), z.string()])), ""],
    ["an unconstrained value", toJsonSchema(z.object({ x: z.any() })), "/properties/x"],
    ["a boolean schema", objectOf({ a: true }), "/properties/a"],
    ["allOf", objectOf({ a: { allOf: [{ type: "string" }] } }), "/properties/a/allOf"],
    ["a catch-all", { ...objectOf({}), additionalProperties: {} }, "/additionalProperties"],
    ["an array without items", objectOf({ a: { type: "array" } }), "/properties/a"],
    ["array-form items", objectOf({ a: { type: "array", items: [{}] } }), "/properties/a/items"],
    ["an external $ref", objectOf({ a: { $ref: "https://x.test/s" } }), "/properties/a/$ref"],
    ["a nested $defs", objectOf({ a: { type: "string", $defs: {} } }), "/properties/a/$defs"],
    ["an object const", objectOf({ a: { const: { b: 1 } } }), "/properties/a/const"],
    ["anyOf with oneOf", objectOf({ a: { anyOf: [{}], oneOf: [{}] } }), "/properties/a/oneOf"],
    ["an empty union", objectOf({ a: { anyOf: [] } }), "/properties/a/anyOf"],
    ["a key with a slash", objectOf({ "a/b": { not: {} } }), "/properties/a~1b/not"],
  ])("rejects %s, pointing at it", (_what, schema, pointer) => {
    expect(() => closed(schema)).toThrow(
      expect.objectContaining({
        name: "UnsupportedSchemaError",
        pointer,
        mode: Mode.JSON_SCHEMA,
        provider: "closed",
        message: expect.stringContaining(`(at ${pointer === "" ? "/" : pointer})`),
      }),
    );
  });

  it("names every issue in one error, the first one's pointer in `pointer`", () => {
    const schema = toJsonSchema(z.object({ m: z.record(z.string(), z.number()) }));
    expect(() => closed(schema)).toThrow(
      expect.objectContaining({
        issues: [
          { pointer: "/properties/m/propertyNames", problem: "records are not supported" },
          {
            pointer: "/properties/m/additionalProperties",
            problem:
              "objects must set `additionalProperties: false` (records and catch-alls are not supported)",
          },
        ],
        pointer: "/properties/m/propertyNames",
        message:
          "Closed strict mode cannot take this schema (2 problems):\n" +
          "- records are not supported (at /properties/m/propertyNames)\n" +
          "- objects must set `additionalProperties: false` (records and catch-alls are not supported) (at /properties/m/additionalProperties)\n" +
          "See https://closed.test/docs. Mode.JSON accepts any schema.",
      }),
    );
  });

  it("writes a single issue on one line, and reports a rejected keyword only once", () => {
    expect(() => closed(objectOf({ a: { type: "string", if: {} } }))).toThrow(
      expect.objectContaining({
        message:
          "Closed strict mode cannot take this schema: the keyword `if` is not in the strict subset (at /properties/a/if). See https://closed.test/docs. Mode.JSON accepts any schema.",
      }),
    );
    const tuple = toJsonSchema(z.object({ pair: z.tuple([z.string(), z.number()]) }));
    expect(issuesOf(tuple, openDialect)).toEqual([
      {
        pointer: "/properties/pair/prefixItems",
        problem: "tuples (`prefixItems`) are not supported",
      },
    ]);
  });
});

describe("toStrictJsonSchema: limits", () => {
  /** An object nested `levels` deep (the root counts as level 1). */
  const nested = (levels: number): JsonSchema =>
    levels === 1 ? objectOf({ leaf: { type: "string" } }) : objectOf({ n: nested(levels - 1) });

  it("counts object and array levels, or object levels only, and follows $refs", () => {
    expect(issuesOf(nested(3))).toEqual([]);
    expect(issuesOf(nested(4))).toEqual([
      {
        pointer: "/properties/n/properties/n/properties/n",
        problem: "nesting deeper than 3 levels",
      },
    ]);
    const arrays = objectOf({ a: { type: "array", items: { $ref: "#/$defs/d" } } });
    const withDefs = { ...arrays, $defs: { d: nested(2) } };
    expect(issuesOf(withDefs)).toEqual([
      { pointer: "/$defs/d/properties/n", problem: "nesting deeper than 3 levels" },
    ]);
    expect(issuesOf(withDefs, openDialect)).toEqual([]);
  });

  it("rejects a $defs cycle unless recursion is allowed, and a $ref to nothing", () => {
    const cycle = {
      ...objectOf({ a: { $ref: "#/$defs/node" } }),
      $defs: { node: objectOf({ next: { $ref: "#/$defs/node" } }, []) },
    };
    expect(issuesOf(cycle)).toEqual([
      {
        pointer: "/$defs/node/properties/next/anyOf/0/$ref",
        problem: "recursive schemas are not supported",
      },
    ]);
    expect(issuesOf(cycle, openDialect)).toEqual([]);
    expect(issuesOf(objectOf({ a: { $ref: "#/$defs/none" } }))).toEqual([
      {
        pointer: "/properties/a/$ref",
        problem: "`#/$defs/none` does not resolve to a `$defs` entry",
      },
    ]);
  });

  it("counts properties, enum values and characters across the schema", () => {
    const props = (n: number) =>
      objectOf(
        Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}`, { type: "string" }])),
      );
    const tenProperties = limitedTo({ properties: 10 });
    expect(issuesOf(props(10), tenProperties)).toEqual([]);
    expect(issuesOf(props(11), tenProperties)).toEqual([
      { pointer: "", problem: "11 object properties, more than the limit of 10" },
    ]);
    const enums = objectOf({ e: { enum: ["a", "b", "c"] }, f: { enum: [1, 2, 3, 4] } });
    expect(issuesOf(enums, limitedTo({ enumValues: 7 }))).toEqual([]);
    expect(issuesOf(enums, limitedTo({ enumValues: 6 }))).toEqual([
      { pointer: "", problem: "7 enum values, more than the limit of 6" },
    ]);
    // Names and string values count (here 4 + 56), descriptions and numbers do not.
    const chars = (extra: number) =>
      objectOf({
        name: { type: "string", description: "x".repeat(100), const: "y".repeat(56 + extra) },
      });
    const sixtyCharacters = limitedTo({ countedCharacters: 60 });
    expect(issuesOf(chars(0), sixtyCharacters)).toEqual([]);
    expect(issuesOf(chars(1), sixtyCharacters)[0]?.problem).toMatch(/^61 counted characters/);
  });

  it("limits the characters of one large enum, pointing at it", () => {
    const largeEnum = limitedTo({ largeEnum: { values: 3, characters: 8 } });
    expect(issuesOf(objectOf({ e: { enum: ["aa", "bb", "cc", "dd"] } }), largeEnum)).toEqual([]);
    expect(issuesOf(objectOf({ e: { enum: ["aa", "bb", "cc", "ddd"] } }), largeEnum)).toEqual([
      {
        pointer: "/properties/e/enum",
        problem: "an enum of more than 3 values may hold at most 8 characters (this one: 9)",
      },
    ]);
  });
});

describe("isStrictJsonSchema", () => {
  it("is true only for a schema the rewrite leaves as it is", () => {
    const loose = toJsonSchema(z.object({ name: z.string() }));
    expect(isStrictJsonSchema(loose, openDialect)).toBe(false);
    const strict = open(loose);
    expect(isStrictJsonSchema(strict, openDialect)).toBe(true);
    expect(isStrictJsonSchema({ ...strict, allOf: [] }, openDialect)).toBe(false);
  });
});
