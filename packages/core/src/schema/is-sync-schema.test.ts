import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { isSyncSchema } from "./is-sync-schema.js";
import { modelSpecOf } from "./model/model-spec-of.js";
import { parseAnswer } from "./model/parse-answer.js";

describe("isSyncSchema", () => {
  it("is true for schemas built only from built-in kinds and checks", () => {
    const schema = z.object({
      name: z.string().min(1).trim().email().optional(),
      age: z.number().int().positive().nullable(),
      tags: z
        .array(z.enum(["a", "b"]))
        .max(3)
        .default([]),
      pair: z.tuple([z.literal(1), z.boolean()], z.null()),
      either: z.union([z.string(), z.object({ id: z.bigint() }).catchall(z.unknown())]),
      both: z.intersection(z.object({ a: z.string() }), z.object({ b: z.string() })),
      map: z.record(z.string(), z.set(z.date())).readonly(),
      piped: z.string().pipe(z.string().max(4)),
    });
    expect(isSyncSchema(schema)).toBe(true);
  });

  it.each([
    ["a refinement", z.object({ a: z.string().refine((v) => v !== "") })],
    ["a superRefine", z.object({ a: z.string() }).superRefine(() => undefined)],
    ["a transform", z.object({ a: z.array(z.string().transform((v) => v.length)) })],
    ["a custom schema", z.object({ a: z.custom<string>(() => true) })],
    ["a lazy schema", z.object({ a: z.lazy(() => z.string()) })],
    ["a promise schema", z.object({ a: z.promise(z.string()) })],
    [
      "an async refinement deep inside",
      z.object({ a: z.array(z.string().refine(async () => true)).optional() }),
    ],
  ])("is false for %s", (_, schema) => {
    expect(isSyncSchema(schema)).toBe(false);
  });

  it("never runs the caller's code (a default's function is not called)", () => {
    const makeDefault = vi.fn(() => "x");
    expect(isSyncSchema(z.object({ a: z.string().default(makeDefault) }))).toBe(true);
    expect(makeDefault).not.toHaveBeenCalled();
  });

  it("terminates on a recursive schema and reads its nested kinds", () => {
    const Node = z.object({
      name: z.string(),
      get children() {
        return z.array(Node);
      },
    });
    expect(isSyncSchema(Node)).toBe(true);
    const Refined = z.object({
      name: z.string().refine(() => true),
      get children() {
        return z.array(Refined);
      },
    });
    expect(isSyncSchema(Refined)).toBe(false);
  });
});

describe("parseAnswer with sync and async schemas", () => {
  it("runs a refinement once per validation and awaits an async one", async () => {
    const check = vi.fn(async (v: string) => v.length > 2);
    const schema = z.object({ a: z.string().refine(check) });
    const ok = await parseAnswer(modelSpecOf(schema), { a: "abc" });
    expect(ok.result.success).toBe(true);
    expect(check).toHaveBeenCalledTimes(1);
    const bad = await parseAnswer(modelSpecOf(schema), { a: "x" });
    expect(bad.result.success).toBe(false);
    expect(check).toHaveBeenCalledTimes(2);
  });

  it("gives a sync schema the same result and issues as zod's async parse", async () => {
    const schema = z.object({ name: z.string(), age: z.number().int() });
    for (const answer of [{ name: "J", age: 2 }, { name: 1, age: 2.5 }, null]) {
      const { result } = await parseAnswer(modelSpecOf(schema), answer);
      const expected = await schema.safeParseAsync(answer);
      expect(result).toEqual(
        expected.success
          ? { success: true, data: expected.data }
          : { success: false, issues: expected.error.issues, cause: expected.error },
      );
    }
  });
});
