import { describe, expect, it } from "vitest";
import { z } from "zod";
import { Mode } from "../../types/mode.js";
import { toJsonSchema } from "../to-json-schema.js";
import { dropNullOptionals } from "./drop-null-optionals.js";
import { closedDialect } from "./strict-dialects.fixture.js";
import { toStrictJsonSchema } from "./to-strict-json-schema.js";

describe("dropNullOptionals: the strict dialect's null back to an absent property", () => {
  const User = z.object({
    name: z.string(),
    nick: z.string().optional(),
    note: z.string().nullable(),
    maybe: z.string().nullish(),
    address: z.object({ city: z.string(), zip: z.string().optional() }).optional(),
    pets: z.array(z.object({ name: z.string(), age: z.number().optional() })),
  });
  const original = toJsonSchema(User);

  it("removes null optionals (nested and in arrays), keeps real nulls, and then zod accepts it", () => {
    const fromModel = {
      name: "Jason",
      nick: null,
      note: null,
      maybe: null,
      address: { city: "Paris", zip: null },
      pets: [
        { name: "Rex", age: null },
        { name: "Tom", age: 3 },
      ],
    };
    const restored = dropNullOptionals(fromModel, original);
    expect(restored).toEqual({
      name: "Jason",
      note: null,
      maybe: null,
      address: { city: "Paris" },
      pets: [{ name: "Rex" }, { name: "Tom", age: 3 }],
    });
    expect(User.safeParse(fromModel).success).toBe(false);
    expect(User.parse(restored)).toEqual(restored);
    expect(fromModel.nick).toBeNull(); // the input is not modified
  });

  it("removes an optional object sent as null", () => {
    expect(dropNullOptionals({ name: "a", note: "n", address: null, pets: [] }, original)).toEqual({
      name: "a",
      note: "n",
      pets: [],
    });
  });

  it("follows $refs and picks the union branch that declares the value's keys", () => {
    const Cat = z.object({ kind: z.literal("cat"), lives: z.number().optional() });
    const Dog = z.object({ kind: z.literal("dog"), bark: z.string().optional() });
    const Pets = z.object({ a: z.union([Cat, Dog]), b: z.union([Cat, Dog]) });
    const schema = z.toJSONSchema(Pets, { reused: "ref" });
    const restored = dropNullOptionals(
      { a: { kind: "dog", bark: null }, b: { kind: "cat", lives: null } },
      schema,
    );
    expect(restored).toEqual({ a: { kind: "dog" }, b: { kind: "cat" } });
  });

  it("follows tuples item by item", () => {
    const schema = z.toJSONSchema(
      z.object({ t: z.tuple([z.object({ x: z.string().optional() }), z.string()]) }),
    );
    expect(dropNullOptionals({ t: [{ x: null }, "s"] }, schema)).toEqual({ t: [{}, "s"] });
  });

  it("leaves values of the wrong shape alone for validation to report", () => {
    expect(dropNullOptionals("text", original)).toBe("text");
    expect(dropNullOptionals({ name: 1, extra: null }, original)).toEqual({ name: 1, extra: null });
    expect(dropNullOptionals({ name: "a", pets: "none" }, original)).toEqual({
      name: "a",
      pets: "none",
    });
  });

  it("returns the value itself when nothing is dropped", () => {
    const value = { name: "a", note: null, pets: [{ name: "Rex" }] };
    expect(dropNullOptionals(value, original)).toBe(value);
  });

  it("keeps nulls a property's schema may accept: unknown values and nullable $defs", () => {
    const schema = toJsonSchema(
      z.object({
        any: z.unknown().optional(),
        ref: z.string().nullable().meta({ id: "Maybe" }).optional(),
      }),
    );
    expect(dropNullOptionals({ any: null, ref: null }, schema)).toEqual({ any: null, ref: null });
  });

  it("drops the null of an optional $ref whose target rejects null, and of a default", () => {
    const Tag = z.object({ label: z.string() }).meta({ id: "Tag" });
    const schema = toJsonSchema(
      z.object({ tag: Tag.optional(), role: z.string().default("user") }),
    );
    expect(dropNullOptionals({ tag: null, role: null }, schema)).toEqual({});
  });

  it("picks the union branch whose const properties match", () => {
    const Shape = z.discriminatedUnion("type", [
      z.object({ type: z.literal("a"), n: z.number().optional() }),
      z.object({ type: z.literal("b"), n: z.string().nullable().optional() }),
    ]);
    const schema = toJsonSchema(z.object({ s: Shape }));
    expect(dropNullOptionals({ s: { type: "a", n: null } }, schema)).toEqual({ s: { type: "a" } });
    expect(dropNullOptionals({ s: { type: "b", n: null } }, schema)).toEqual({
      s: { type: "b", n: null },
    });
  });

  it("round-trips what the strict dialect allows", () => {
    const strict = toStrictJsonSchema(original, closedDialect, {
      mode: Mode.JSON_SCHEMA,
      supportedModes: Object.values(Mode),
    });
    expect(strict.required).toContain("nick");
    const sent = { name: "a", nick: null, note: null, maybe: null, address: null, pets: [] };
    expect(User.parse(dropNullOptionals(sent, original))).toEqual({
      name: "a",
      note: null,
      maybe: null,
      pets: [],
    });
  });
});
