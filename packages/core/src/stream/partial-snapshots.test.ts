import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import { createInstructor } from "../instructor/create-instructor.js";
import { MockAdapter } from "../testing/mock-adapter.js";
import type { DeepPartial } from "../types/deep-partial.js";
import { Mode } from "../types/mode.js";
import { textParts, toolParts } from "./stream-parts.fixture.js";

// Snapshots are the model's JSON so far, typed as the deep-partial INPUT of the schema: no
// transform has run on them, and a strict dialect's null for an absent optional field is gone.

const Event = z.object({
  title: z.string(),
  nick: z.string().optional(),
  seats: z.number().default(10),
  note: z.string().nullable().optional(),
  when: z.string().transform((s) => new Date(s)),
  guests: z.array(z.object({ name: z.string(), plusOne: z.boolean().optional() })),
});
const answer = {
  title: "Launch",
  nick: null,
  seats: null,
  note: null,
  when: "2026-12-03T10:00:00Z",
  guests: [
    { name: "Ann", plusOne: null },
    { name: "Bob", plusOne: true },
  ],
};

async function snapshotsOf(mode: Mode) {
  const json = JSON.stringify(answer);
  const parts =
    mode === Mode.TOOLS ? toolParts("Response", json, { size: 2 }) : textParts(json, { size: 2 });
  const adapter = new MockAdapter().enqueueStream(parts);
  const yields: unknown[] = [];
  for await (const value of createInstructor({ adapter }).generatePartial({
    responseModel: Event,
    model: "m",
    prompt: "p",
    mode,
  })) {
    yields.push(value);
  }
  return yields;
}

describe.each([Mode.JSON_SCHEMA, Mode.TOOLS])("generatePartial snapshots, mode %s", (mode) => {
  it("never hold null for an optional non-nullable field, and keep a nullable field's null", async () => {
    const yields = await snapshotsOf(mode);
    const snapshots = yields.slice(0, -1) as Array<Record<string, unknown>>;
    expect(snapshots.length).toBeGreaterThan(10);
    for (const snapshot of snapshots) {
      expect(snapshot.nick).toBeUndefined();
      expect(snapshot.seats).toBeUndefined();
      for (const guest of (snapshot.guests ?? []) as Array<Record<string, unknown>>) {
        expect(guest.plusOne).not.toBeNull();
      }
    }
    expect(snapshots.some((snapshot) => snapshot.note === null)).toBe(true);
    expect(snapshots.at(-1)).toMatchObject({
      title: "Launch",
      note: null,
      when: "2026-12-03T10:00:00Z",
      guests: [{ name: "Ann" }, { name: "Bob" }],
    });
  });

  it("hold the transformed field's input (a string) until the last yield, the output", async () => {
    const yields = await snapshotsOf(mode);
    for (const snapshot of yields.slice(0, -1) as Array<{ when?: unknown }>) {
      if (snapshot.when !== undefined) expect(typeof snapshot.when).toBe("string");
    }
    expect(yields.at(-1)).toEqual({
      title: "Launch",
      seats: 10,
      note: null,
      when: new Date("2026-12-03T10:00:00Z"),
      guests: [{ name: "Ann" }, { name: "Bob", plusOne: true }],
    });
  });

  it("share unchanged subtrees between snapshots after the nulls are dropped", async () => {
    const yields = (await snapshotsOf(mode)).slice(0, -1) as Array<{
      guests?: Array<{ name?: string }>;
    }>;
    const withBob = yields.filter((s) => s.guests?.[1]?.name === "Bob");
    const [first, second] = withBob;
    expect(first?.guests?.[0]).toEqual({ name: "Ann" });
    if (second !== undefined) expect(second.guests?.[0]).toBe(first?.guests?.[0]);
  });
});

describe("generatePartial types", () => {
  it("types snapshots as the deep-partial input and the last yield as the output", () => {
    const adapter = new MockAdapter();
    const stream = createInstructor({ adapter }).generatePartial({
      responseModel: Event,
      model: "m",
    });
    type Yield = typeof stream extends AsyncIterable<infer Y> ? Y : never;
    expectTypeOf<Yield>().toEqualTypeOf<
      DeepPartial<z.input<typeof Event>> | z.output<typeof Event>
    >();
    expectTypeOf<DeepPartial<z.input<typeof Event>>["when"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<DeepPartial<z.input<typeof Event>>["nick"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<DeepPartial<z.input<typeof Event>>["note"]>().toEqualTypeOf<
      string | null | undefined
    >();
  });

  it("widens literal and enum types to what a prefix can be", () => {
    expectTypeOf<DeepPartial<"spam" | "ham">>().toEqualTypeOf<string>();
    expectTypeOf<DeepPartial<{ kind: "a" | "b"; n: 1 | 2 }>>().toEqualTypeOf<{
      kind?: string;
      n?: number;
    }>();
    expectTypeOf<DeepPartial<string>>().toEqualTypeOf<string>();
    expectTypeOf<DeepPartial<boolean>>().toEqualTypeOf<boolean>();
  });
});
