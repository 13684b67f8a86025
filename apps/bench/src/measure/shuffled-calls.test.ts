import { afterEach, describe, expect, it, vi } from "vitest";
import { shuffledCalls, trimmedMean } from "./shuffled-calls.js";

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("shuffledCalls", () => {
  it("calls every side once a round, in orders that vary, and collects garbage once after the warm-up", async () => {
    const events: string[] = [];
    vi.stubGlobal("gc", () => events.push("gc"));
    const side = (name: string) => async () => {
      events.push(name);
    };
    const plan = { rounds: 40, warmupRounds: 2, roundsPerChunk: 10, trim: 0 };
    const result = await shuffledCalls(plan, side("A"), [side("B"), side("C")]);
    expect(events.indexOf("gc")).toBe(6);
    expect(events.filter((e) => e === "gc")).toHaveLength(1);
    const rounds = events
      .filter((e) => e !== "gc")
      .join("")
      .match(/.{3}/g)!;
    expect(rounds).toHaveLength(42);
    for (const round of rounds) expect([...round].sort().join("")).toBe("ABC");
    // Every side comes first in some round: no fixed order.
    expect(new Set(rounds.map((round) => round[0]))).toEqual(new Set(["A", "B", "C"]));
    expect(result.chunks).toBe(4);
  });

  it("reports each subject's trimmed per-call cost, its ratio and its difference to the base", async () => {
    // A clock that only moves when a side runs: base 1 ms a call, subjects 3 ms and 1.5 ms, and
    // one 100 ms pause in the base's calls that the trim leaves out.
    let nowNs = 0n;
    vi.spyOn(process.hrtime, "bigint").mockImplementation(() => nowNs);
    let baseCalls = 0;
    const costing = (ms: number) => async () => {
      nowNs += BigInt(ms * 1e6);
    };
    const base = async () => {
      baseCalls += 1;
      nowNs += BigInt((baseCalls === 15 ? 100 : 1) * 1e6);
    };
    const plan = { rounds: 40, warmupRounds: 1, roundsPerChunk: 20, trim: 0.1 };
    const result = await shuffledCalls(plan, base, [costing(3), costing(1.5)]);
    expect(result.baseMs).toBeCloseTo(1);
    const [slower, slightly] = result.subjects;
    expect(slower!.ms).toBeCloseTo(3);
    // Every chunk reads the same ratio: its median and both quartiles are 3.
    for (const ratio of Object.values(slower!.ratio)) expect(ratio).toBeCloseTo(3);
    expect(slower!.addedMs.median).toBeCloseTo(2);
    expect(slightly!.ratio.median).toBeCloseTo(1.5);
  });
});

describe("trimmedMean", () => {
  it("leaves out the given share at either end", () => {
    const values = Float64Array.from([100, 1, 2, 3, 4, 5, 6, 7, 8, -50]);
    expect(trimmedMean(values, 0.1)).toBeCloseTo(4.5);
    expect(trimmedMean(values, 0)).toBeCloseTo(8.6);
  });

  it("rejects no values and a trim of half or more", () => {
    expect(() => trimmedMean(new Float64Array(0), 0.1)).toThrow(RangeError);
    expect(() => trimmedMean(Float64Array.from([1]), 0.5)).toThrow(/trim/);
  });
});
