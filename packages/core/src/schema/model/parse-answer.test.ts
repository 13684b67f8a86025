import { describe, expect, it } from "vitest";
import { z } from "zod";
import { modelSpecOf } from "./model-spec-of.js";
import { parseAnswer } from "./parse-answer.js";

describe("parseAnswer", () => {
  it("validates the answer as written when it passes, keeping every null", async () => {
    const answer = { a: null };
    const parsed = await parseAnswer(
      modelSpecOf(z.object({ a: z.string().nullable().optional() })),
      answer,
    );
    expect(parsed.result).toMatchObject({ success: true, data: { a: null } });
    expect(parsed.value).toBe(answer);
  });

  it("reads a rejected null of an optional property as absent: optional and default fields", async () => {
    const Model = z.object({ nick: z.string().optional(), role: z.string().default("user") });
    const parsed = await parseAnswer(modelSpecOf(Model), { nick: null, role: null });
    expect(parsed.result).toMatchObject({ success: true, data: { role: "user" } });
    expect(parsed.result.success && parsed.result.data).not.toHaveProperty("nick");
    expect(parsed.value).toEqual({});
  });

  it("never drops a null a union branch accepts as written", async () => {
    const Model = z.object({
      v: z.union([
        z.object({ a: z.string(), b: z.string().optional() }),
        z.object({ a: z.string(), b: z.string().nullable() }),
      ]),
    });
    const parsed = await parseAnswer(modelSpecOf(Model), { v: { a: "x", b: null } });
    expect(parsed.result).toMatchObject({ success: true, data: { v: { a: "x", b: null } } });
  });

  it("reports the issues of the answer without those nulls when both fail", async () => {
    const Model = z.object({ name: z.string(), nick: z.string().optional() });
    const parsed = await parseAnswer(modelSpecOf(Model), { name: 1, nick: null });
    expect(parsed.value).toEqual({ name: 1 });
    expect((parsed.result.success ? [] : parsed.result.issues).map((issue) => issue.path)).toEqual([
      ["name"],
    ]);
  });

  it("leaves a null for a required property to validation", async () => {
    const answer = { name: null };
    const parsed = await parseAnswer(modelSpecOf(z.object({ name: z.string() })), answer);
    expect(parsed.result.success).toBe(false);
    expect(parsed.value).toBe(answer);
  });
});
