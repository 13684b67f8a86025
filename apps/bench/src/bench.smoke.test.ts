import { Mode } from "@instr/core";
import { describe, expect, it } from "vitest";
import { runAiSdkBench } from "./ai-sdk/run-ai-sdk-bench.js";
import { runBatchBench } from "./batch/run-batch-bench.js";
import { runCacheBench } from "./batch/run-cache-bench.js";
import { runEventStreamBench } from "./event-stream/run-event-stream-bench.js";
import { runFloorBench } from "./floor/run-floor-bench.js";
import { runIterableBench } from "./iterable/run-iterable-bench.js";
import { runOverheadBench } from "./overhead/run-overhead-bench.js";
import { generatePartialContender } from "./partial/generate-partial-contender.js";
import { noParseFloorContender } from "./partial/no-parse-floor-contender.js";
import { aiSdkContender, partialJsonContender } from "./partial/peer-contenders.js";
import { rawParserContender } from "./partial/raw-parser-contender.js";
import { runPartialBench } from "./partial/run-partial-bench.js";
import { formatSection } from "./report/print-section.js";
import { runTelemetryBench } from "./telemetry/run-telemetry-bench.js";

// Every section on a tiny size: proves the benchmarks still run and print (table rows match
// their headers); no timing assertions.
describe("bench sections run end to end on tiny inputs", () => {
  it("partial streaming: every contender ends with the document's value, sampled peers included", async () => {
    const section = await runPartialBench({
      sizesKiB: [1, 2],
      chunkCodePoints: 4,
      ours: generatePartialContender,
      others: [aiSdkContender, partialJsonContender, rawParserContender, noParseFloorContender],
      oursPlan: { warmup: 0, runs: 1 },
      peerPlan: (sizeKiB) => ({ warmup: 0, runs: 1, stride: sizeKiB === 1 ? 1 : 8 }),
      samplingCheck: { sizeKiB: 1, stride: 8 },
    });
    const [times, growth, cpu] = section.tables;
    expect(times?.rows).toHaveLength(2);
    expect(growth?.rows).toHaveLength(1);
    expect(cpu?.rows).toHaveLength(2);
    expect(section.notes.join("\n")).toMatch(/every 8th chunk only/);
    expect(section.notes.join("\n")).toMatch(/sampling check, ai parsePartialJson at 1 KiB/);
    expect(section.verdict).toMatch(/the no-parse floor/);
    expect(formatSection(section)).toContain(section.verdict);
  });

  it("browser: readEventStream and the peer end with the document's value; bytes counted", async () => {
    const section = await runEventStreamBench({
      sizeKiB: 1,
      chunkCodePoints: 4,
      chunksPerMs: 64,
      oursPlan: { warmup: 0, runs: 1 },
      peerPlan: { warmup: 0, runs: 1 },
    });
    expect(section.tables.map((t) => t.rows.length)).toEqual([3, 3]);
    expect(formatSection(section)).toContain(section.verdict);
  });

  it("iterable: yields every element and reports the first before the whole", async () => {
    const section = await runIterableBench({
      elements: 20,
      chunkCodePoints: 16,
      chunkDelayMs: 1,
      plan: { warmup: 0, runs: 1 },
    });
    expect(section.data.ratio).toBeGreaterThan(0);
    expect(section.data.ratio).toBeLessThan(1);
    expect(formatSection(section)).toContain(section.verdict);
  });

  it("overhead: raw SDK and generate both complete against the loopback server", async () => {
    const section = await runOverheadBench({
      paired: { callsPerBlock: 2, rounds: 2, warmupRounds: 0 },
      ownWork: { calls: 5, plan: { warmup: 0, runs: 1 } },
    });
    expect(section.tables[0]?.rows).toHaveLength(2);
    expect(new Set(section.tables[1]?.rows.map((row) => row[0]))).toEqual(
      new Set(Object.values(Mode)),
    );
    expect(formatSection(section)).toContain(section.verdict);
  });

  it("batch: generateBatch completes every item behind the rate limit", async () => {
    const section = await runBatchBench({
      items: 12,
      concurrency: 4,
      limit: { ratePerSecond: 200, burst: 3, latencyMs: 1 },
      runs: 1,
    });
    expect(section.tables[0]?.rows[0]?.[1]).toBe("12/12");
    expect(formatSection(section)).toContain(section.verdict);
  });

  it("cache: hits never reach the server", async () => {
    const section = await runCacheBench({ callsPerBlock: 3, rounds: 1, warmupRounds: 0 });
    expect(section.tables[0]?.rows).toHaveLength(1);
    expect(formatSection(section)).toContain(section.verdict);
  });

  it("telemetry: generate runs with tracing off and on, and spans are exported", async () => {
    const section = await runTelemetryBench({
      loopback: { rounds: 4, warmupRounds: 1, roundsPerChunk: 2, trim: 0 },
      noNetwork: { callsPerBlock: 2, rounds: 2, warmupRounds: 0 },
    });
    expect(section.tables[0]?.rows).toHaveLength(7);
    expect(section.tables[1]?.rows).toHaveLength(8);
    expect(formatSection(section)).toContain(section.verdict);
  });

  it("ai-sdk: the bridge and streamObject both end with the document's value over loopback", async () => {
    const section = await runAiSdkBench({
      sizesKiB: [1],
      chunkCodePoints: 32,
      oursPlan: () => ({ warmup: 0, runs: 1 }),
      peerPlan: () => ({ warmup: 0, runs: 1 }),
    });
    expect(section.tables[0]?.rows).toHaveLength(1);
    expect(formatSection(section)).toContain(section.verdict);
  });

  it("floor: generatePartial and the no-parse floor end with the document's value; ratio printed", async () => {
    const section = await runFloorBench({
      sizeKiB: 1,
      chunkCodePoints: 4,
      floor: noParseFloorContender,
      ours: generatePartialContender,
      target: 4,
      paired: { callsPerBlock: 1, rounds: 2, warmupRounds: 0 },
    });
    expect(section.tables[0]?.rows).toHaveLength(3);
    expect(section.verdict).toMatch(/the no-parse floor in CPU time/);
    expect(formatSection(section)).toContain(section.verdict);
  });
});
