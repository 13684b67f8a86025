import { afterEach, describe, expect, it, vi } from "vitest";
import { NOT_YET, withinTurn } from "./within-turn.js";

const never = new Promise<never>(() => {});

describe.each([
  ["with setImmediate (Node, Bun, Deno)", () => {}],
  // Browsers and workerd have no setImmediate.
  ["without setImmediate (browsers, workerd)", () => vi.stubGlobal("setImmediate", undefined)],
])("withinTurn %s", (_, setup) => {
  afterEach(() => vi.unstubAllGlobals());

  it("gives the value of a promise that settles within the turn", async () => {
    setup();
    await expect(withinTurn(Promise.resolve(7))).resolves.toBe(7);
    await expect(withinTurn(Promise.reject(new Error("early")))).rejects.toThrow("early");
  });

  it("gives NOT_YET for a promise still pending after the turn", async () => {
    setup();
    await expect(withinTurn(never)).resolves.toBe(NOT_YET);
    const later = new Promise((resolve) => setTimeout(resolve, 20, "late"));
    await expect(withinTurn(later)).resolves.toBe(NOT_YET);
  });
});
