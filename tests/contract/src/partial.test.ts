import { createInstructor, Mode, RetryError } from "@instr/core";
import { MockAdapter } from "@instr/core/testing";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { model } from "./support/fixtures.js";
import { collect, textParts } from "./support/streams.js";

const Loose = z.looseObject({});

/** Every snapshot generatePartial yields for a JSON answer arriving in these chunks. */
function partials<S extends z.ZodType>(schema: S, chunks: string[]) {
  const adapter = new MockAdapter({ streams: [textParts(chunks)] });
  const client = createInstructor({ adapter, mode: Mode.JSON, maxRetries: 0 });
  return collect(client.generatePartial({ responseModel: schema, model, prompt: "p" }));
}

// The partial-JSON contract (README "Partial streaming"), observed through generatePartial's snapshots.
describe("generatePartial snapshots", () => {
  it("an unfinished string shows its prefix", async () => {
    const yields = await partials(Loose, ['{"a":1,"s":"hel', 'lo"}']);
    expect(yields[0]).toEqual({ a: 1, s: "hel" });
    expect(yields.at(-1)).toEqual({ a: 1, s: "hello" });
  });

  it("an unfinished number shows what parses: 12. -> 12, a lone - is left out", async () => {
    expect((await partials(Loose, ['{"a":1,"n":12.', "5}"]))[0]).toEqual({ a: 1, n: 12 });
    const minus = await partials(Loose, ['{"a":1,"n":-', "5}"]);
    expect(minus[0]).toEqual({ a: 1 });
    expect(minus.at(-1)).toEqual({ a: 1, n: -5 });
  });

  it("unfinished tru / fals / nul show their literal", async () => {
    expect((await partials(Loose, ['{"a":1,"b":tru', "e}"]))[0]).toEqual({ a: 1, b: true });
    expect((await partials(Loose, ['{"a":1,"b":fals', "e}"]))[0]).toEqual({ a: 1, b: false });
    expect((await partials(Loose, ['{"a":1,"b":nul', "l}"]))[0]).toEqual({ a: 1, b: null });
  });

  it("a key still being written, or without a value yet, is left out", async () => {
    for (const [head, tail] of [
      ['{"a":1,"ke', 'y":"v"}'],
      ['{"a":1,"key"', ':"v"}'],
      ['{"a":1,"key":', '"v"}'],
      ['{"a":1,"key": ', '"v"}'],
    ] as const) {
      const yields = await partials(Loose, [head, tail]);
      expect(yields[0], head).toEqual({ a: 1 });
      expect(yields.at(-1)).toEqual({ a: 1, key: "v" });
    }
  });

  it("a half-written \\u escape is left out", async () => {
    for (const head of [
      '{"a":1,"s":"x\\',
      '{"a":1,"s":"x\\u',
      '{"a":1,"s":"x\\u00',
      '{"a":1,"s":"x\\u00e',
    ]) {
      const tail = `${'\\u00e9"}'.slice(head.length - '{"a":1,"s":"x'.length)}`;
      const yields = await partials(Loose, [head, tail]);
      expect(yields[0], head).toEqual({ a: 1, s: "x" });
      expect(yields.at(-1)).toEqual({ a: 1, s: "xé" });
    }
  });

  it("__proto__ is data, never a prototype", async () => {
    const yields = await partials(z.record(z.string(), z.unknown()), [
      '{"__proto__":{"polluted":true},"a":',
      "1}",
    ]);
    const final = yields.pop();
    expect(yields.length).toBeGreaterThan(0);
    for (const snapshot of yields) {
      expect(Object.getPrototypeOf(snapshot)).toBe(Object.prototype);
      expect(Object.hasOwn(snapshot, "__proto__")).toBe(true);
      expect(Object.getOwnPropertyDescriptor(snapshot, "__proto__")?.value).toEqual({
        polluted: true,
      });
      expect(snapshot).not.toHaveProperty("polluted");
    }
    // The final value is zod's output, and zod itself leaves a `__proto__` key out.
    expect(final).toEqual({ a: 1 });
    expect(Object.getPrototypeOf(final)).toBe(Object.prototype);
    expect({}).not.toHaveProperty("polluted");
  });

  it("invalid JSON is an error, not a guess", async () => {
    for (const chunks of [
      ['{"a":1,', "}"],
      ['{"a":tx', "}"],
      ['{"a":1', "}}"],
    ]) {
      const error = await partials(Loose, chunks).catch((e: unknown) => e);
      expect(RetryError.isInstance(error), chunks.join("")).toBe(true);
    }
  });

  it("the last yield is the validated final value (zod output)", async () => {
    const Schema = z.object({ name: z.string().transform((s) => s.toUpperCase()) });
    const yields = await partials(Schema, ['{"name":"ja', 'son"}']);
    expect(yields[0]).toEqual({ name: "ja" });
    expect(yields.at(-1)).toEqual({ name: "JASON" });
  });

  it("a final value that fails validation is re-asked; snapshots of the new answer follow", async () => {
    const Schema = z.object({ age: z.number() });
    const adapter = new MockAdapter({
      streams: [textParts(['{"age":', '"x"}']), textParts(['{"age":', "3}"])],
    });
    const client = createInstructor({ adapter, mode: Mode.JSON });
    const yields = await collect(
      client.generatePartial({ responseModel: Schema, model, prompt: "p" }),
    );
    expect(yields.at(-1)).toEqual({ age: 3 });
    expect(adapter.requests).toHaveLength(2);
  });

  it("snapshots share structure: an update copies only the path that changed", async () => {
    const Schema = z.object({
      user: z.object({ name: z.string(), address: z.object({ city: z.string() }) }),
      tags: z.array(z.string()),
    });
    const yields = await partials(Schema, [
      '{"user":{"name":"Jason","address":{"city":"Paris"}},"tags":["a"',
      ',"b"',
      ',"c"',
      "]}",
    ]);
    // The last yield is zod's validated output (new objects); the snapshots before it share.
    const [first, second] = yields;
    expect(first).toEqual({ user: { name: "Jason", address: { city: "Paris" } }, tags: ["a"] });
    expect(second).toEqual({
      user: { name: "Jason", address: { city: "Paris" } },
      tags: ["a", "b"],
    });
    expect(second?.user).toBe(first?.user);
    expect(second?.tags).not.toBe(first?.tags);
    expect(first?.tags).toEqual(["a"]);
    expect(yields.at(-1)).toEqual({
      user: { name: "Jason", address: { city: "Paris" } },
      tags: ["a", "b", "c"],
    });
  });
});
