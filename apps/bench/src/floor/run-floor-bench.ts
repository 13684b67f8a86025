import { isDeepStrictEqual } from "node:util";
import { streamedDocument } from "../fixtures/streamed-document.js";
import { type PairedBlocksPlan, pairedBlocks } from "../measure/paired-blocks.js";
import type { StreamContender } from "../partial/stream-contender.js";
import { formatMs, formatRatio, formatRatioSpread } from "../report/format.js";
import type { SectionResult } from "../report/section-result.js";

/** Options of {@link runFloorBench}. */
export interface FloorBenchConfig {
  sizeKiB: number;
  /** Code points per streamed chunk. */
  chunkCodePoints: number;
  /** The no-parse floor (the base of the ratio). */
  floor: StreamContender;
  /** Ours: `generatePartial` end to end. */
  ours: StreamContender;
  /** The multiple of the floor the section checks ours against. */
  target: number;
  paired: PairedBlocksPlan;
}

/**
 * Section 9: `generatePartial`'s cost per chunk against the no-parse floor (the same scripted
 * stream consumed with no parsing and one `JSON.parse` at the end), in interleaved rounds of the
 * same process, so the ratio holds on a busy machine better than two separate medians do.
 */
export async function runFloorBench(config: FloorBenchConfig): Promise<SectionResult> {
  const { chunks, expected } = streamedDocument(config.sizeKiB, config.chunkCodePoints);
  const floor = config.floor.prepare(chunks, 1);
  const ours = config.ours.prepare(chunks, 1);
  for (const [contender, run] of [
    [config.floor, floor],
    [config.ours, ours],
  ] as const) {
    if (!isDeepStrictEqual((await run()).final, expected)) {
      throw new Error(`${contender.name} did not end with the document's value`);
    }
  }
  const result = await pairedBlocks(config.paired, floor, ours);
  const perChunk = (ms: number) => `${((ms * 1000) / chunks.length).toFixed(2)} µs`;
  const met = result.cpuRatio.median <= config.target;
  return {
    title: `9. generatePartial vs the no-parse floor, ${config.sizeKiB} KiB in ${config.chunkCodePoints}-code-point chunks`,
    tables: [
      {
        headers: ["per run", config.floor.name, config.ours.name, "ours / floor (IQR)"],
        rows: [
          [
            "wall time",
            formatMs(result.baseMs),
            formatMs(result.subjectMs),
            formatRatioSpread(result.ratio),
          ],
          [
            "CPU time",
            formatMs(result.baseCpuMs),
            formatMs(result.subjectCpuMs),
            formatRatioSpread(result.cpuRatio),
          ],
          ["wall per chunk", perChunk(result.baseMs), perChunk(result.subjectMs), ""],
        ],
      },
    ],
    notes: [
      `${chunks.length} chunks; the floor reads the same MockAdapter stream, concatenates the text deltas and JSON.parses the text once; ours is generatePartial in JSON mode with schema validation of the final value. ${config.paired.rounds} interleaved rounds of 4 blocks of ${config.paired.callsPerBlock} runs (floor-ours-ours-floor, then ours-floor-floor-ours) after ${config.paired.warmupRounds} untimed rounds.`,
    ],
    verdict: `generatePartial costs ${formatRatio(result.cpuRatio.median)} the no-parse floor in CPU time (wall ${formatRatio(result.ratio.median)}) at ${config.sizeKiB} KiB: ${met ? "within" : "above"} the ${config.target}× target.`,
    data: { ...config.paired, sizeKiB: config.sizeKiB, chunks: chunks.length, ...result },
  };
}
