import { afterEach, describe, expect, it, vi } from "vitest";
import { interleavedBlocks } from "./interleaved-blocks.js";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("interleavedBlocks", () => {
  it("runs each round forth and back (ABCCBA), rotating the order (BCAACB, CABBAC)", async () => {
    const order: string[] = [];
    const side = (name: string) => async () => {
      order.push(name);
    };
    const result = await interleavedBlocks(
      { callsPerBlock: 2, rounds: 2, warmupRounds: 1 },
      side("A"),
      [side("B"), side("C")],
    );
    const round = (s: string) => s.split("").flatMap((c) => [c, c]);
    expect(order).toEqual([...round("ABCCBA"), ...round("BCAACB"), ...round("CABBAC")]);
    expect(result.rounds).toHaveLength(2);
    expect(result.subjects).toHaveLength(2);
  });

  it("collects garbage once, after the warm-up rounds, never between timed rounds", async () => {
    const events: string[] = [];
    vi.stubGlobal("gc", () => events.push("gc"));
    const call = async () => {
      events.push("call");
    };
    await interleavedBlocks({ callsPerBlock: 1, rounds: 2, warmupRounds: 1 }, call, [call]);
    const round = ["call", "call", "call", "call"];
    expect(events).toEqual([...round, "gc", ...round, ...round]);
  });

  it("reports each subject's per-call cost and its ratio and difference to the base's", async () => {
    // A clock that only moves when a side runs: base 1 ms a call, subjects 3 ms and 1.5 ms.
    let nowMs = 0;
    vi.spyOn(process.hrtime, "bigint").mockImplementation(() => BigInt(Math.round(nowMs * 1e6)));
    // process.cpuUsage(since) returns the CPU time used since `since`.
    vi.spyOn(process, "cpuUsage").mockImplementation((since) => ({
      user: nowMs * 1000 - (since?.user ?? 0),
      system: 0,
    }));
    const costing = (ms: number) => async () => {
      nowMs += ms;
    };
    const result = await interleavedBlocks(
      { callsPerBlock: 4, rounds: 3, warmupRounds: 1 },
      costing(1),
      [costing(3), costing(1.5)],
    );
    vi.restoreAllMocks();
    expect(result.baseMs).toBeCloseTo(1);
    const [slower, slightly] = result.subjects;
    expect(slower).toMatchObject({ ms: expect.closeTo(3), cpuMs: expect.closeTo(3) });
    expect(slower!.ratio).toEqual({
      median: expect.closeTo(3),
      q1: expect.closeTo(3),
      q3: expect.closeTo(3),
    });
    expect(slower!.addedMs.median).toBeCloseTo(2);
    expect(slightly!.ratio.median).toBeCloseTo(1.5);
    expect(slightly!.cpuAddedMs.median).toBeCloseTo(0.5);
    expect(result.rounds).toHaveLength(3);
  });
});
