import { median } from "./median.js";
import { timeMs } from "./time-ms.js";

/** How to compare two per-call costs. */
export interface PairedBlocksPlan {
  /** Sequential calls per timed block. */
  callsPerBlock: number;
  /** Timed rounds; each round is a block of `base` calls then a block of `subject` calls. */
  rounds: number;
  /** Untimed rounds first (JIT, sockets, caches). */
  warmupRounds: number;
}

/** Milliseconds per call in one block. */
export interface PerCall {
  ms: number;
  cpuMs: number;
}

/** Per-call costs of a base and a subject, from adjacent blocks. */
export interface PairedComparison {
  baseMs: number;
  subjectMs: number;
  baseCpuMs: number;
  subjectCpuMs: number;
  /** Median of subject / base over the rounds. */
  ratio: number;
  /** Median of subject − base over the rounds, in ms per call. */
  addedMs: number;
  cpuRatio: number;
  cpuAddedMs: number;
  pairs: { base: PerCall; subject: PerCall }[];
}

/**
 * Times `base` and `subject` in alternating blocks of sequential calls. Each round's two blocks
 * run back to back, so the median of the per-round ratios cancels load drift on a busy machine.
 * Each function gets a running call index (distinct per call, across blocks).
 */
export async function pairedBlocks(
  plan: PairedBlocksPlan,
  base: (index: number) => Promise<unknown>,
  subject: (index: number) => Promise<unknown>,
): Promise<PairedComparison> {
  let index = 0;
  const block = async (call: (index: number) => Promise<unknown>): Promise<PerCall> => {
    const { ms, cpuMs } = await timeMs(async () => {
      for (let i = 0; i < plan.callsPerBlock; i++) await call(index++);
    });
    return { ms: ms / plan.callsPerBlock, cpuMs: cpuMs / plan.callsPerBlock };
  };
  const pairs: PairedComparison["pairs"] = [];
  for (let round = 0; round < plan.warmupRounds + plan.rounds; round++) {
    const pair = { base: await block(base), subject: await block(subject) };
    if (round >= plan.warmupRounds) pairs.push(pair);
  }
  const of = (pick: (pair: PairedComparison["pairs"][number]) => number) => median(pairs.map(pick));
  return {
    baseMs: of((p) => p.base.ms),
    subjectMs: of((p) => p.subject.ms),
    baseCpuMs: of((p) => p.base.cpuMs),
    subjectCpuMs: of((p) => p.subject.cpuMs),
    ratio: of((p) => p.subject.ms / p.base.ms),
    addedMs: of((p) => p.subject.ms - p.base.ms),
    cpuRatio: of((p) => p.subject.cpuMs / p.base.cpuMs),
    cpuAddedMs: of((p) => p.subject.cpuMs - p.base.cpuMs),
    pairs,
  };
}
