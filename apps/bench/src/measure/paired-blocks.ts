import { median } from "./median.js";
import { type Spread, spread } from "./quantile.js";
import { type Elapsed, startClock } from "./time-ms.js";

/** How to compare two per-call costs. */
export interface PairedBlocksPlan {
  /** Sequential calls per block; a round runs four blocks (ABBA). */
  callsPerBlock: number;
  /** Timed rounds. */
  rounds: number;
  /** Untimed rounds first (JIT, sockets, caches). */
  warmupRounds: number;
}

/** Milliseconds per call of one side in one round (the mean over its two blocks). */
export type PerCall = Elapsed;

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
 * Times `base` and `subject` in interleaved rounds of sequential calls. Each round runs four
 * blocks, base-subject-subject-base (the next round subject-base-base-subject), so load drift
 * within a round and any cost of going first or second (cold caches, the other side's garbage)
 * fall on both sides alike. Garbage is collected once, before the timed rounds, never inside
 * them: each side pays for the garbage collection its own allocations cause. The medians of the
 * per-round ratios and differences, with their interquartile ranges, are reported.
 * Each function gets a running call index (distinct per call, across blocks).
 */
export async function pairedBlocks(
  plan: PairedBlocksPlan,
  base: (index: number) => Promise<unknown>,
  subject: (index: number) => Promise<unknown>,
): Promise<PairedComparison> {
  let index = 0;
  const block = async (call: (index: number) => Promise<unknown>): Promise<Elapsed> => {
    const read = startClock();
    for (let i = 0; i < plan.callsPerBlock; i++) await call(index++);
    return read();
  };
  const perCall = (first: Elapsed, second: Elapsed): PerCall => ({
    ms: (first.ms + second.ms) / (2 * plan.callsPerBlock),
    cpuMs: (first.cpuMs + second.cpuMs) / (2 * plan.callsPerBlock),
  });
  const round = async (baseFirst: boolean) => {
    const [a, b] = baseFirst ? [base, subject] : [subject, base];
    const outer1 = await block(a);
    const inner1 = await block(b);
    const inner2 = await block(b);
    const outer2 = await block(a);
    const outer = perCall(outer1, outer2);
    const inner = perCall(inner1, inner2);
    return baseFirst ? { base: outer, subject: inner } : { base: inner, subject: outer };
  };
  // The order alternates across every round, the warm-up ones included.
  for (let r = 0; r < plan.warmupRounds; r++) await round(r % 2 === 0);
  if (typeof gc === "function") gc();
  const rounds: PairedComparison["rounds"] = [];
  for (let r = plan.warmupRounds; r < plan.warmupRounds + plan.rounds; r++) {
    rounds.push(await round(r % 2 === 0));
  }
  const of = (pick: (pair: PairedComparison["rounds"][number]) => number) => rounds.map(pick);
  return {
    baseMs: median(of((p) => p.base.ms)),
    subjectMs: median(of((p) => p.subject.ms)),
    baseCpuMs: median(of((p) => p.base.cpuMs)),
    subjectCpuMs: median(of((p) => p.subject.cpuMs)),
    ratio: spread(of((p) => p.subject.ms / p.base.ms)),
    addedMs: spread(of((p) => p.subject.ms - p.base.ms)),
    cpuRatio: spread(of((p) => p.subject.cpuMs / p.base.cpuMs)),
    cpuAddedMs: spread(of((p) => p.subject.cpuMs - p.base.cpuMs)),
    rounds,
  };
}
