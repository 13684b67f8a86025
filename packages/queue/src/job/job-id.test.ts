import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineSchema } from "../schema/extraction-schema.js";
import { extractionJobId } from "./job-id.js";

const person = defineSchema("person", z.object({ name: z.string() }));

describe("extractionJobId", () => {
  const job = {
    schema: person,
    model: "llama3.1-8b",
    prompt: "Ada, 36",
    settings: { temperature: 0 },
  };

  it("is stable, prefixed with the schema name and safe for BullMQ", () => {
    const id = extractionJobId(job);
    expect(id).toBe(
      extractionJobId({
        settings: { temperature: 0 },
        prompt: "Ada, 36",
        model: "llama3.1-8b",
        schema: { hash: person.hash, name: "person" },
      }),
    );
    expect(id).toMatch(/^person-[0-9a-f]{32}$/);
  });

  it("ignores meta", () => {
    expect(extractionJobId({ ...job, meta: { file: "a.txt" } })).toBe(extractionJobId(job));
  });

  it("changes with anything that changes the work", () => {
    const base = extractionJobId(job);
    expect(extractionJobId({ ...job, prompt: "Ada, 37" })).not.toBe(base);
    expect(extractionJobId({ ...job, model: "other" })).not.toBe(base);
    expect(extractionJobId({ ...job, settings: { temperature: 1 } })).not.toBe(base);
    expect(extractionJobId({ ...job, schema: { name: "person", hash: "0".repeat(16) } })).not.toBe(
      base,
    );
  });
});
