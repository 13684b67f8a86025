import { median } from "./median.js";
import { type Spread, spread } from "./quantile.js";
import { type Elapsed, startClock } from "./time-ms.js";

/** How to compare per-call costs in interleaved rounds. */
export interface InterleavedPlan {
  /** Sequential calls per block; a round runs two blocks of every side. */
  callsPerBlock: number;
  /** Timed rounds. */
  rounds: number;
  /** Untimed rounds first (JIT, sockets, caches). */
  warmupRounds: number;
}

/** Per-call cost of one side in one round: the mean of its two blocks. */
export type PerCall = Elapsed;

/** How one subject compared with the base over the rounds. */
export interface SubjectComparison {
  /** Median over the rounds of the subject's ms (and CPU ms) per call. */
  ms: number;
  cpuMs: number;
  /** subject / base per round: median and interquartile range. */
  ratio: Spread;
  /** subject − base per round, in ms per call: median and interquartile range. */
  addedMs: Spread;
  /** The same in process CPU time. */
  cpuRatio: Spread;
  cpuAddedMs: Spread;
}

/** Per-call costs of a base and its subjects measured in the same rounds. */
export interface InterleavedComparison {
  /** Median over the rounds of the base's ms (and CPU ms) per call. */
  baseMs: number;
  baseCpuMs: number;
  /** One per subject, in the order given. */
  subjects: SubjectComparison[];
  /** Per round: the base's cost, then each subject's. */
  rounds: PerCall[][];
}

/**
 * Times `base` and every subject in interleaved rounds of sequential calls. A round runs one
 * block of each side, then one more of each in the reverse order (A B C C B A), so every side's
 * two blocks sit around the middle of the round and a load that drifts within the round falls
 * on every side alike. The order rotates from round to round (B C A A C B, then C A B B A C), so
 * every side takes every position equally often: a cost of going first (the round after a
 * garbage collection) or last falls on every side alike too. Each
 * subject's ratio and difference to the base are taken per round; their medians and
 * interquartile ranges are reported. Each function gets a running call index (distinct per
 * call, across blocks).
 */
export async function interleavedBlocks(
  plan: InterleavedPlan,
  base: (index: number) => Promise<unknown>,
  subjects: readonly ((index: number) => Promise<unknown>)[],
): Promise<InterleavedComparison> {
  const sides = [base, ...subjects];
  let index = 0;
  const block = async (call: (index: number) => Promise<unknown>): Promise<Elapsed> => {
    const read = startClock();
    for (let i = 0; i < plan.callsPerBlock; i++) await call(index++);
    return read();
  };
  const round = async (r: number): Promise<PerCall[]> => {
    // Round r starts with side r (mod the number of sides): every side takes every position.
    const order = sides.map((_, position) => (position + r) % sides.length);
    const first: Elapsed[] = [];
    const second: Elapsed[] = [];
    for (const side of order) first[side] = await block(sides[side]!);
    for (const side of order.reverse()) second[side] = await block(sides[side]!);
    return sides.map((_, side) => ({
      ms: (first[side]!.ms + second[side]!.ms) / (2 * plan.callsPerBlock),
      cpuMs: (first[side]!.cpuMs + second[side]!.cpuMs) / (2 * plan.callsPerBlock),
    }));
  };
  // The order rotates across every round, the warm-up ones included.
  for (let r = 0; r < plan.warmupRounds; r++) await round(r);
  // Once, never between the timed rounds: each side pays for the garbage its own calls make.
  // (Forcing one before every round made allocation-heavy sides look several times dearer:
  // 58 µs instead of 13 µs of CPU per traced generate, in the telemetry section's rounds.)
  if (typeof gc === "function") gc();
  const rounds: PerCall[][] = [];
  for (let r = plan.warmupRounds; r < plan.warmupRounds + plan.rounds; r++) {
    rounds.push(await round(r));
  }
  const baseOf = (costs: PerCall[]) => costs[0]!;
  return {
    baseMs: median(rounds.map((costs) => baseOf(costs).ms)),
    baseCpuMs: median(rounds.map((costs) => baseOf(costs).cpuMs)),
    subjects: subjects.map((_, s) => {
      const of = (pick: (base: PerCall, subject: PerCall) => number) =>
        rounds.map((costs) => pick(baseOf(costs), costs[s + 1]!));
      return {
        ms: median(of((_, subject) => subject.ms)),
        cpuMs: median(of((_, subject) => subject.cpuMs)),
        ratio: spread(of((b, subject) => subject.ms / b.ms)),
        addedMs: spread(of((b, subject) => subject.ms - b.ms)),
        cpuRatio: spread(of((b, subject) => subject.cpuMs / b.cpuMs)),
        cpuAddedMs: spread(of((b, subject) => subject.cpuMs - b.cpuMs)),
      };
    }),
    rounds,
  };
}
