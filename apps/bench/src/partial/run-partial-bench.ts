import { isDeepStrictEqual } from "node:util";
import { streamedDocument } from "../fixtures/streamed-document.js";
import { measure, type RunPlan } from "../measure/measure.js";
import { formatMs, formatRatio } from "../report/format.js";
import type { SectionResult } from "../report/section-result.js";
import type { StreamContender } from "./stream-contender.js";

/** A run plan for re-parsing peers: `stride` > 1 samples every stride-th parse (time × stride). */
export interface PeerPlan extends RunPlan {
  stride: number;
}

/** Options of {@link runPartialBench}. */
export interface PartialBenchConfig {
  sizesKiB: readonly number[];
  /** Code points per streamed chunk (~bytes for mostly ASCII text). */
  chunkCodePoints: number;
  /** The baseline: every ratio is a contender's time / this one's time. */
  ours: StreamContender;
  /** Everyone else on the same chunks: re-parsing peers, and our parser alone. */
  others: readonly StreamContender[];
  oursPlan: RunPlan;
  peerPlan: (sizeKiB: number) => PeerPlan;
  /**
   * Checks the sampled estimate: at this size (where peers run in full) each peer also runs once
   * sampled with this stride, and the estimate's deviation from the full time is reported.
   */
  samplingCheck?: { sizeKiB: number; stride: number };
}

interface SamplingCheck {
  name: string;
  sizeKiB: number;
  stride: number;
  fullMs: number;
  estimateMs: number;
}

interface SizeResult {
  sizeKiB: number;
  bytes: number;
  chunks: number;
  /** Per contender: median ms (peers: × stride when sampled) and the plan used. */
  timings: {
    name: string;
    ms: number;
    cpuMs: number;
    runsMs: number[];
    stride: number;
    updates: number;
  }[];
}

/**
 * Section 1: the same chunk sequence fed to our streaming parser (through `generatePartial`) and
 * to peers that re-parse the accumulated text per chunk, at each size.
 */
export async function runPartialBench(config: PartialBenchConfig): Promise<SectionResult> {
  const contenders = [config.ours, ...config.others];
  const sizes: SizeResult[] = [];
  const checks: SamplingCheck[] = [];
  for (const sizeKiB of config.sizesKiB) {
    const { text, chunks, expected } = streamedDocument(sizeKiB, config.chunkCodePoints);
    const timings: SizeResult["timings"] = [];
    for (const contender of contenders) {
      const plan = contender.reparses
        ? config.peerPlan(sizeKiB)
        : { ...config.oursPlan, stride: 1 };
      const { medianMs, medianCpuMs, runsMs, last } = await measure(
        plan,
        contender.prepare(chunks, plan.stride),
      );
      const final = plan.stride === 1 ? last.final : await finalValue(contender, chunks);
      if (!isDeepStrictEqual(final, expected)) {
        throw new Error(
          `${contender.name} did not end with the document's value at ${sizeKiB} KiB`,
        );
      }
      timings.push({
        name: contender.name,
        ms: medianMs * plan.stride,
        cpuMs: medianCpuMs * plan.stride,
        runsMs,
        stride: plan.stride,
        updates: last.updates,
      });
    }
    sizes.push({ sizeKiB, bytes: Buffer.byteLength(text), chunks: chunks.length, timings });
    if (config.samplingCheck?.sizeKiB === sizeKiB) {
      const { stride } = config.samplingCheck;
      for (const [i, peer] of contenders.entries()) {
        if (!peer.reparses || timings[i]!.stride !== 1) continue;
        // Short runs: the median of three keeps one burst of machine load from skewing it.
        const sampled = await measure({ warmup: 0, runs: 3 }, peer.prepare(chunks, stride));
        checks.push({
          name: peer.name,
          sizeKiB,
          stride,
          fullMs: timings[i]!.ms,
          estimateMs: sampled.medianMs * stride,
        });
      }
    }
  }
  return report(config, contenders, sizes, checks);
}

/** The value a contender ends with after the whole text (one parse at the very end). */
async function finalValue(contender: StreamContender, chunks: readonly string[]) {
  return (await contender.prepare(chunks, chunks.length)()).final;
}

function report(
  config: PartialBenchConfig,
  contenders: readonly StreamContender[],
  sizes: readonly SizeResult[],
  checks: readonly SamplingCheck[],
): SectionResult {
  const oursMs = (size: SizeResult) => size.timings[0]!.ms;
  const sampled = sizes.some((size) => size.timings.some((t) => t.stride > 1));
  const timeTable = {
    headers: [
      "size",
      "bytes",
      "chunks",
      ...contenders.flatMap((c, i) => (i === 0 ? [c.name] : [c.name, "ratio"])),
    ],
    rows: sizes.map((size) => [
      `${size.sizeKiB} KiB`,
      String(size.bytes),
      String(size.chunks),
      ...size.timings.flatMap((t, i) => {
        const time = `${formatMs(t.ms)}${t.stride > 1 ? "*" : ""}`;
        return i === 0 ? [time] : [time, formatRatio(t.ms / oursMs(size))];
      }),
    ]),
  };
  const growthRow = (from: SizeResult, to: SizeResult, label: string) => {
    // Growth per 4× bytes: for more than one step, the geometric mean over the steps.
    const steps = Math.log(to.bytes / from.bytes) / Math.log(4);
    const per4x = (after: number, before: number) => formatRatio((after / before) ** (1 / steps));
    return [
      label,
      ...to.timings.map((t, j) => {
        const before = from.timings[j]!;
        return `${per4x(t.ms, before.ms)} (${per4x(t.cpuMs, before.cpuMs)})`;
      }),
    ];
  };
  const first = sizes[0]!;
  const last = sizes.at(-1)!;
  const growthTable = {
    headers: ["time growth per 4× bytes: wall (CPU)", ...contenders.map((c) => c.name)],
    rows: [
      ...sizes
        .slice(1)
        .map((size, i) => growthRow(sizes[i]!, size, `${sizes[i]!.sizeKiB} → ${size.sizeKiB} KiB`)),
      ...(sizes.length > 2
        ? [growthRow(first, last, `${first.sizeKiB} → ${last.sizeKiB} KiB, mean per 4×`)]
        : []),
    ],
  };
  const cpuTable = {
    headers: ["CPU-time ratio (cross-check)", ...contenders.slice(1).map((c) => c.name)],
    rows: sizes.map((size) => [
      `${size.sizeKiB} KiB`,
      ...size.timings.slice(1).map((t) => formatRatio(t.cpuMs / size.timings[0]!.cpuMs)),
    ]),
  };
  const notes = [
    `Chunks of ${config.chunkCodePoints} code points; "ratio" = that column's time / ${contenders[0]!.name} time (for peers: higher = ours faster); wall time, median of the runs (ours ${config.oursPlan.runs} runs).`,
    "CPU-time ratio: the same runs in process CPU time, which does not count time other processes held the cores.",
    `${contenders[0]!.name} yielded ${sizes.map((s) => `${s.timings[0]!.updates} snapshots for ${s.chunks} chunks`).join(", ")}.`,
    ...sizes.flatMap((size) =>
      size.timings
        .filter((t) => t.stride > 1)
        .map(
          (t) =>
            `* ${t.name} at ${size.sizeKiB} KiB: parsed after every ${t.stride}th chunk only (same positions, ${t.updates} parses), time × ${t.stride}.`,
        ),
    ),
  ];
  for (const check of checks) {
    const deviation = (check.estimateMs / check.fullMs - 1) * 100;
    notes.push(
      `  sampling check, ${check.name} at ${check.sizeKiB} KiB: every ${check.stride}th parse × ${check.stride} = ${formatMs(check.estimateMs)} vs ${formatMs(check.fullMs)} in full (${deviation >= 0 ? "+" : ""}${deviation.toFixed(0)} %).`,
    );
  }
  if (!sampled) notes.push("Every contender parsed after every chunk (no sampling).");
  const overall = growthTable.rows.at(-1)![1];
  return {
    title: "1. Partial-JSON streaming, same chunk sequence",
    tables: [timeTable, growthTable, cpuTable],
    notes,
    verdict: `At ${last.sizeKiB} KiB ours is ${last.timings
      .filter((_, i) => contenders[i]!.reparses)
      .map((t) => `${formatRatio(t.ms / oursMs(last))} faster than ${t.name}`)
      .join(
        " and ",
      )}${floorVerdict(contenders, sizes)}; our time grows ${overall} per 4× bytes from ${first.sizeKiB} to ${last.sizeKiB} KiB, wall (CPU); linear ≈ 4×, quadratic ≈ 16×.`,
    data: { chunkCodePoints: config.chunkCodePoints, sizes, samplingChecks: checks },
  };
}

/** `; ours is 5.1× (CPU 4.8×) the no-parse floor at 16 / 64 KiB`, when a floor ran. */
function floorVerdict(
  contenders: readonly StreamContender[],
  sizes: readonly SizeResult[],
): string {
  const index = contenders.findIndex((c) => c.floor === true);
  if (index === -1) return "";
  const multiples = sizes.map((size) => {
    const ours = size.timings[0]!;
    const floor = size.timings[index]!;
    return `${formatRatio(ours.ms / floor.ms)} (CPU ${formatRatio(ours.cpuMs / floor.cpuMs)}) at ${size.sizeKiB} KiB`;
  });
  return `; ours is ${multiples.join(", ")} the ${contenders[index]!.name}`;
}
