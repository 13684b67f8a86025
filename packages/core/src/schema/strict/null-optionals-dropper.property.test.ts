import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createPartialJsonParser } from "../../json/partial-json-parser.js";
import { chunksAt } from "../../json/text-splits.fixture.js";
import { toJsonSchema } from "../to-json-schema.js";
import {
  createNullOptionalsDropper,
  dropNullOptionals,
  hasDroppableNulls,
} from "./drop-null-optionals.js";
import { nullOptionalsSchema } from "./null-optionals-schema.js";

// Optional (droppable), nullable (kept) and required properties, nested in arrays, records,
// a discriminated union and a recursive `$ref`.
const Leaf = z.object({ x: z.number().optional(), y: z.string().nullable().optional() });
const Node: z.ZodType = z.lazy(() =>
  z.object({ name: z.string().optional(), children: z.array(Node).optional() }),
);
const Shape = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("a"), n: z.number().optional() }),
  z.object({ kind: z.literal("b"), n: z.string().nullable().optional() }),
]);
const Doc = z.object({
  title: z.string().optional(),
  note: z.string().nullable(),
  leaves: z.array(Leaf).optional(),
  pair: z.tuple([Leaf, z.string()]).optional(),
  shapes: z.array(Shape).optional(),
  tree: Node.optional(),
  mood: z.enum(["x", "y"]).optional(),
  maybe: z.enum(["x", "y"]).nullable().optional(),
});
const schema = toJsonSchema(Doc);

const leaf = fc.record(
  { x: fc.option(fc.integer(), { nil: null }), y: fc.option(fc.string(), { nil: null }) },
  { requiredKeys: [] },
);
const tree = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.record(
    {
      name: fc.option(fc.string(), { nil: null }),
      children: fc.option(fc.array(tie("node"), { maxLength: 3 }), { nil: null }),
    },
    { requiredKeys: [] },
  ),
})).node;
const doc = fc.record(
  {
    title: fc.option(fc.string(), { nil: null }),
    note: fc.option(fc.string(), { nil: null }),
    leaves: fc.option(fc.array(leaf, { maxLength: 6 }), { nil: null }),
    pair: fc.option(fc.tuple(leaf, fc.string()), { nil: null }),
    shapes: fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant("a"), n: fc.option(fc.integer(), { nil: null }) }),
        fc.record({ kind: fc.constant("b"), n: fc.option(fc.string(), { nil: null }) }),
      ),
      { maxLength: 4 },
    ),
    tree,
    mood: fc.constantFrom("x", "y", null),
    maybe: fc.constantFrom("x", null),
    extra: fc.option(fc.string(), { nil: null }),
  },
  { requiredKeys: [] },
);

describe("createNullOptionalsDropper over a stream of snapshots", () => {
  it("gives, for every snapshot, what dropNullOptionals gives for it alone", () => {
    fc.assert(
      fc.property(doc, fc.array(fc.nat(), { maxLength: 60 }), (value, cuts) => {
        const text = JSON.stringify(value, null, 1);
        const parser = createPartialJsonParser();
        const drop = createNullOptionalsDropper(schema);
        let previous: unknown;
        let previousOut: unknown;
        for (const chunk of chunksAt(text, cuts)) {
          parser.push(chunk);
          const snapshot = parser.snapshot();
          const out = drop(snapshot);
          expect(out).toEqual(dropNullOptionals(snapshot, schema));
          // An unchanged snapshot gives the same result, not a copy of it.
          if (snapshot === previous) expect(out).toBe(previousOut);
          previous = snapshot;
          previousOut = out;
        }
        const final = parser.end();
        expect(drop(final)).toEqual(dropNullOptionals(final, schema));
      }),
      { numRuns: 300 },
    );
  });

  it("the pruned schema of the shape event drops exactly what the whole schema drops", () => {
    const described = toJsonSchema(Doc.describe("secret prompt text"));
    const pruned = nullOptionalsSchema(described);
    expect(pruned).toBeDefined();
    expect(JSON.stringify(pruned)).not.toMatch(/secret/);
    expect(nullOptionalsSchema(described)).toBe(pruned); // built once per schema
    fc.assert(
      fc.property(doc, (value) => {
        expect(dropNullOptionals(value, pruned ?? {})).toEqual(dropNullOptionals(value, described));
      }),
      { numRuns: 300 },
    );
  });

  it("is the identity, without a walk, for a schema with no droppable property", () => {
    const plain = toJsonSchema(z.object({ a: z.string(), b: z.array(z.number().nullable()) }));
    expect(hasDroppableNulls(plain)).toBe(false);
    expect(nullOptionalsSchema(plain)).toBeUndefined();
    expect(hasDroppableNulls(schema)).toBe(true);
    const value = { a: null, b: [null] };
    expect(createNullOptionalsDropper(plain)(value)).toBe(value);
  });
});
