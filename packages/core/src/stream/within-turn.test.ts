import { afterEach, describe, expect, it, vi } from "vitest";
import { NOT_YET, TurnWatch } from "./within-turn.js";

const never = new Promise<never>(() => {});

describe.each([
  ["with setImmediate (Node, Bun, Deno)", () => {}],
  // Browsers and workerd have no setImmediate.
  ["without setImmediate (browsers, workerd)", () => vi.stubGlobal("setImmediate", undefined)],
])("TurnWatch.race %s", (_, setup) => {
  afterEach(() => vi.unstubAllGlobals());

  it("gives the value of a promise that settles within the turn", async () => {
    setup();
    const watch = new TurnWatch();
    await expect(watch.race(Promise.resolve(7))).resolves.toBe(7);
    await expect(watch.race(Promise.reject(new Error("early")))).rejects.toThrow("early");
  });

  it("gives NOT_YET for a promise still pending after the turn", async () => {
    setup();
    const watch = new TurnWatch();
    await expect(watch.race(never)).resolves.toBe(NOT_YET);
    const later = new Promise((resolve) => setTimeout(resolve, 20, "late"));
    await expect(watch.race(later)).resolves.toBe(NOT_YET);
  });

  it("shares one end of turn between the races of a turn, and re-arms in the next turn", async () => {
    setup();
    const watch = new TurnWatch();
    // Many races settle within one turn; the one left pending still gets NOT_YET.
    for (let i = 0; i < 100; i++) await expect(watch.race(Promise.resolve(i))).resolves.toBe(i);
    await expect(watch.race(never)).resolves.toBe(NOT_YET);
    // A race whose promise settles after NOT_YET does not disarm the next race.
    let settle: (value: string) => void = () => undefined;
    const slow = new Promise<string>((resolve) => {
      settle = resolve;
    });
    await expect(watch.race(slow)).resolves.toBe(NOT_YET);
    const pending = watch.race(never);
    settle("late");
    await slow;
    await expect(pending).resolves.toBe(NOT_YET);
  });
});
