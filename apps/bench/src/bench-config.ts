import type { AiSdkBenchConfig } from "./ai-sdk/run-ai-sdk-bench.js";
import type { BatchBenchConfig } from "./batch/run-batch-bench.js";
import type { EventStreamBenchConfig } from "./event-stream/run-event-stream-bench.js";
import type { FloorBenchConfig } from "./floor/run-floor-bench.js";
import type { IterableBenchConfig } from "./iterable/run-iterable-bench.js";
import type { PairedBlocksPlan } from "./measure/paired-blocks.js";
import type { OverheadBenchConfig } from "./overhead/run-overhead-bench.js";
import { generatePartialContender } from "./partial/generate-partial-contender.js";
import { noParseFloorContender } from "./partial/no-parse-floor-contender.js";
import { aiSdkContender, partialJsonContender } from "./partial/peer-contenders.js";
import { rawParserContender } from "./partial/raw-parser-contender.js";
import type { PartialBenchConfig } from "./partial/run-partial-bench.js";
import type { TelemetryBenchConfig } from "./telemetry/run-telemetry-bench.js";

/** Every section's settings for `pnpm bench` (about a minute on 2 cores). */
export interface BenchConfig {
  partial: PartialBenchConfig;
  iterable: IterableBenchConfig;
  overhead: OverheadBenchConfig;
  batch: BatchBenchConfig;
  cache: PairedBlocksPlan;
  browser: EventStreamBenchConfig;
  telemetry: TelemetryBenchConfig;
  aiSdk: AiSdkBenchConfig;
  floor: FloorBenchConfig;
}

/**
 * The settings of `pnpm bench`. Quadratic peers take ~0.5–1.5 s at 16 KiB and ~10–15 s at
 * 64 KiB per full run, and 16× that at 256 KiB: they run 3 times at 16 KiB, once at 64 KiB, and
 * sampled at 256 KiB (a parse after every 64th chunk, time × 64; the 64 KiB row checks the
 * estimate against the full run).
 */
export const benchConfig: BenchConfig = {
  partial: {
    sizesKiB: [16, 64, 256],
    chunkCodePoints: 4,
    ours: generatePartialContender,
    others: [aiSdkContender, partialJsonContender, rawParserContender, noParseFloorContender],
    oursPlan: { warmup: 3, runs: 15 },
    peerPlan: (sizeKiB) =>
      sizeKiB <= 16
        ? { warmup: 1, runs: 3, stride: 1 }
        : sizeKiB <= 64
          ? { warmup: 0, runs: 1, stride: 1 }
          : { warmup: 0, runs: 1, stride: 64 },
    samplingCheck: { sizeKiB: 64, stride: 64 },
  },
  iterable: { elements: 1000, chunkCodePoints: 64, chunkDelayMs: 1, plan: { warmup: 1, runs: 3 } },
  overhead: {
    // 125 untimed rounds = 5,000 calls per side first: instr's and zod's code only reaches V8's
    // optimised tiers after ~4,000–5,000 calls (the SDK and HTTP code both sides share warms
    // twice as fast), and the section measures steady-state per-call cost, not start-up.
    paired: { callsPerBlock: 20, rounds: 81, warmupRounds: 125 },
    ownWork: { calls: 20_000, plan: { warmup: 1, runs: 5 } },
  },
  batch: {
    items: 200,
    concurrency: 8,
    limit: { ratePerSecond: 100, burst: 10, latencyMs: 20 },
    runs: 3,
  },
  cache: { callsPerBlock: 20, rounds: 41, warmupRounds: 4 },
  // The peer re-parses per chunk: ~10 s a run at 64 KiB, so once.
  browser: {
    sizeKiB: 64,
    chunkCodePoints: 4,
    chunksPerMs: 8,
    oursPlan: { warmup: 3, runs: 9 },
    peerPlan: { warmup: 0, runs: 1 },
  },
  telemetry: {
    // Over loopback, one call a side a round: 2,000 untimed calls a side reach the optimised
    // tiers; 6,000 timed ones in 20 chunks read a ratio to ±0.5 % (the A/A control's IQR).
    // About 40 s. The no-network rounds: as in section 3, steady-state cost per call.
    loopback: { rounds: 6000, warmupRounds: 2000, roundsPerChunk: 300, trim: 0.05 },
    noNetwork: { callsPerBlock: 200, rounds: 61, warmupRounds: 25 },
  },
  // Every run streams the document over loopback HTTP, one SSE event per 4 code points (~4,000
  // events at 16 KiB, ~16,000 at 64 KiB: seconds per run on its own), and streamObject re-parses
  // the accumulated text per event on top: about 2 min for the section on 2 cores at rest, 276 s
  // measured at a load average of 9–13.
  aiSdk: {
    sizesKiB: [16, 64],
    chunkCodePoints: 4,
    oursPlan: (sizeKiB) => (sizeKiB <= 16 ? { warmup: 1, runs: 5 } : { warmup: 1, runs: 3 }),
    peerPlan: (sizeKiB) => (sizeKiB <= 16 ? { warmup: 1, runs: 3 } : { warmup: 0, runs: 1 }),
  },
  // Interleaved rounds: the ratio to the floor, which runs in a few ms, from the same moments.
  floor: {
    sizeKiB: 64,
    chunkCodePoints: 4,
    floor: noParseFloorContender,
    ours: generatePartialContender,
    target: 4,
    paired: { callsPerBlock: 2, rounds: 41, warmupRounds: 5 },
  },
};
