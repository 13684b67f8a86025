import { type InterleavedPlan, interleavedBlocks, type PerCall } from "./interleaved-blocks.js";
import type { Spread } from "./quantile.js";

/** How to compare two per-call costs. */
export type PairedBlocksPlan = InterleavedPlan;

/** Per-call costs of a base and a subject measured in the same rounds. */
export interface PairedComparison {
  /** Medians over the rounds of each side's ms per call. */
  baseMs: number;
  subjectMs: number;
  baseCpuMs: number;
  subjectCpuMs: number;
  /** subject / base per round: median and interquartile range. */
  ratio: Spread;
  /** subject − base per round, in ms per call: median and interquartile range. */
  addedMs: Spread;
  /** The same in process CPU time. */
  cpuRatio: Spread;
  cpuAddedMs: Spread;
  rounds: { base: PerCall; subject: PerCall }[];
}

/**
 * Times `base` and `subject` in interleaved rounds of sequential calls (see
 * {@link interleavedBlocks}): each round runs four blocks, base-subject-subject-base (the next
 * round subject-base-base-subject), so load drift within a round and any cost of going first or
 * second (cold caches, the other side's garbage) fall on both sides alike. Garbage is collected
 * once, before the timed rounds, never inside them: each side pays for the garbage collection
 * its own allocations cause. The medians of the per-round
 * ratios and differences, with their interquartile ranges, are reported.
 */
export async function pairedBlocks(
  plan: PairedBlocksPlan,
  base: (index: number) => Promise<unknown>,
  subject: (index: number) => Promise<unknown>,
): Promise<PairedComparison> {
  const result = await interleavedBlocks(plan, base, [subject]);
  const [compared] = result.subjects;
  if (compared === undefined) throw new Error("interleavedBlocks compared no subject");
  return {
    baseMs: result.baseMs,
    subjectMs: compared.ms,
    baseCpuMs: result.baseCpuMs,
    subjectCpuMs: compared.cpuMs,
    ratio: compared.ratio,
    addedMs: compared.addedMs,
    cpuRatio: compared.cpuRatio,
    cpuAddedMs: compared.cpuAddedMs,
    rounds: result.rounds.map(([base, subject]) => ({ base: base!, subject: subject! })),
  };
}
