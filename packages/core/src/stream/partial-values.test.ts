import { describe, expect, it } from "vitest";
import type { GenerateStreamEvent } from "../instructor-types/stream-event.js";
import { createGate } from "./gate.fixture.js";
import { PartialValues } from "./partial-values.js";

type Event = GenerateStreamEvent<string, unknown, string>;
const partial = (snapshot: string): Event => ({ type: "partial", snapshot, text: "", attempt: 1 });
const usage = { promptTokens: 1, completionTokens: 1, totalTokens: 2 };

describe("PartialValues", () => {
  it("answers calls made before the previous one settled in order, like a generator", async () => {
    async function* events(): AsyncGenerator<Event, void> {
      for (const s of ["a", "ab", "ab", "abc"]) yield partial(s);
      yield { type: "final", value: "ABC", usage, attempts: 1 };
    }
    const values = new PartialValues(events());
    const results = await Promise.all([values.next(), values.next(), values.next(), values.next()]);
    // The same snapshot twice is one update; the last one held is dropped for the final value.
    expect(results).toEqual([
      { done: false, value: "a" },
      { done: false, value: "ab" },
      { done: false, value: "ABC" },
      { done: true, value: undefined },
    ]);
  });

  it("shows the held snapshot before the error of a failed call, then rejects", async () => {
    async function* events(): AsyncGenerator<Event, void> {
      yield partial("a");
      throw new Error("boom");
    }
    const values = new PartialValues(events());
    await expect(values.next()).resolves.toEqual({ done: false, value: "a" });
    await expect(values.next()).rejects.toThrow("boom");
    await expect(values.next()).resolves.toEqual({ done: true, value: undefined });
  });

  it("return ends a pending read and closes the events once their read settles", async () => {
    let closed = false;
    const gate = createGate();
    async function* events(): AsyncGenerator<Event, void> {
      try {
        yield partial("a");
        yield partial("ab");
        await gate.passed; // the provider pauses
        yield partial("abc");
      } finally {
        closed = true;
      }
    }
    const values = new PartialValues(events());
    await expect(values.next()).resolves.toEqual({ done: false, value: "a" });
    // "ab" is held; the provider pauses, so the end of the turn shows it.
    await expect(values.next()).resolves.toEqual({ done: false, value: "ab" });
    const waiting = values.next();
    const returned = values.return();
    await expect(waiting).resolves.toEqual({ done: true, value: undefined });
    gate.open();
    await expect(returned).resolves.toEqual({ done: true, value: undefined });
    expect(closed).toBe(true);
    await expect(values.next()).resolves.toEqual({ done: true, value: undefined });
  });
});
