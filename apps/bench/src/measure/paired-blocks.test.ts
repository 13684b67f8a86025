import { describe, expect, it } from "vitest";
import { pairedBlocks } from "./paired-blocks.js";

describe("pairedBlocks", () => {
  it("runs each round base-subject-subject-base, then subject-base-base-subject", async () => {
    const order: string[] = [];
    const side = (name: string) => async () => {
      order.push(name);
    };
    const result = await pairedBlocks(
      { callsPerBlock: 2, rounds: 2, warmupRounds: 1 },
      side("A"),
      side("B"),
    );
    const round = (s: string) => s.split("").flatMap((c) => [c, c]);
    expect(order).toEqual([...round("ABBA"), ...round("BAAB"), ...round("ABBA")]);
    expect(result.rounds).toHaveLength(2);
  });

  it("reports the median and quartiles of the per-round ratios of a slower subject", async () => {
    const busy = (ms: number) => async () => {
      const end = performance.now() + ms;
      while (performance.now() < end) {
        // spin: wall and CPU time both pass
      }
    };
    const result = await pairedBlocks(
      { callsPerBlock: 2, rounds: 5, warmupRounds: 0 },
      busy(1),
      busy(3),
    );
    expect(result.ratio.q1).toBeLessThanOrEqual(result.ratio.median);
    expect(result.ratio.median).toBeLessThanOrEqual(result.ratio.q3);
    // Loose on purpose (a busy machine): the subject spins three times as long.
    expect(result.ratio.median).toBeGreaterThan(1.5);
    expect(result.addedMs.median).toBeGreaterThan(0.5);
  });
});
