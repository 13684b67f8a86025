import { afterEach, describe, expect, it, vi } from "vitest";
import { afterTurn } from "./within-turn.js";

describe.each([
  ["with setImmediate (Node, Bun, Deno)", () => {}],
  // Browsers and workerd have no setImmediate.
  ["without setImmediate (browsers, workerd)", () => vi.stubGlobal("setImmediate", undefined)],
])("afterTurn %s", (_, setup) => {
  afterEach(() => vi.unstubAllGlobals());

  it("runs after the turn's microtasks, before a later timer", async () => {
    setup();
    const order: string[] = [];
    const ran = new Promise<void>((resolve) =>
      afterTurn(() => {
        order.push("after turn");
        resolve();
      }),
    );
    void Promise.resolve().then(() => order.push("microtask"));
    const timer = new Promise((resolve) => setTimeout(resolve, 20));
    await ran;
    order.push("awaited");
    await timer;
    expect(order).toEqual(["microtask", "after turn", "awaited"]);
  });
});
