import { seededRandom } from "../fixtures/seeded-random.js";
import { type Spread, spread } from "./quantile.js";

/** How to compare per-call costs one call at a time, in shuffled rounds. */
export interface ShuffledPlan {
  /** Timed rounds; a round makes one call of every side. */
  rounds: number;
  /** Untimed rounds first (JIT, sockets, caches). */
  warmupRounds: number;
  /** Timed rounds per chunk: each chunk gives one ratio per subject (its spread is reported). */
  roundsPerChunk: number;
  /** The share of each side's calls left out at either end of a chunk's times (0.05: 5 %). */
  trim: number;
}

/** How one subject compared with the base. */
export interface ShuffledSubject {
  /** Median over the chunks of the subject's trimmed mean time per call, in ms. */
  ms: number;
  /** subject / base per chunk (trimmed means): median and interquartile range. */
  ratio: Spread;
  /** subject − base per chunk, in ms per call: median and interquartile range. */
  addedMs: Spread;
}

/** The base's and every subject's per-call costs, measured in the same rounds. */
export interface ShuffledComparison {
  /** Median over the chunks of the base's trimmed mean time per call, in ms. */
  baseMs: number;
  /** One per subject, in the order given. */
  subjects: ShuffledSubject[];
  /** Chunks the timed rounds made. */
  chunks: number;
}

/**
 * Times `base` and every subject one call at a time: a round calls every side once, in an
 * order shuffled anew each round (a seeded Fisher–Yates, the same orders in every run), so no
 * side always follows another and what one call leaves behind (cold caches, garbage, a socket
 * to read) falls on every side alike. Each call is timed on its own (wall time). The timed
 * rounds are cut into chunks; per chunk and side the mean of the call times with the slowest and
 * fastest `trim` share left out (a pause of the machine lands on one call, not on a side); per
 * chunk each subject's ratio and difference to the base. The medians and interquartile ranges of
 * those are reported. Finer than blocks of calls (no drift of the machine between one side's
 * block and another's), at the price of CPU time, which a single call is too short to read.
 */
export async function shuffledCalls(
  plan: ShuffledPlan,
  base: () => Promise<unknown>,
  subjects: readonly (() => Promise<unknown>)[],
): Promise<ShuffledComparison> {
  const sides = [base, ...subjects];
  const random = seededRandom(7);
  const order = sides.map((_, side) => side);
  const times = sides.map(() => new Float64Array(plan.rounds));
  for (let r = -plan.warmupRounds; r < plan.rounds; r++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const side of order) {
      const start = process.hrtime.bigint();
      await sides[side]!();
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (r >= 0) times[side]![r] = ms;
    }
    // Once, never between the timed rounds (see interleavedBlocks).
    if (r === -1 && typeof gc === "function") gc();
  }
  const chunks = Math.max(1, Math.floor(plan.rounds / plan.roundsPerChunk));
  const perChunk = times.map((sideTimes) =>
    Array.from({ length: chunks }, (_, c) => {
      const end = c === chunks - 1 ? plan.rounds : (c + 1) * plan.roundsPerChunk;
      return trimmedMean(sideTimes.subarray(c * plan.roundsPerChunk, end), plan.trim);
    }),
  );
  const [baseChunks] = perChunk;
  const middle = (values: number[]) => spread(values).median;
  return {
    baseMs: middle(baseChunks!),
    subjects: perChunk.slice(1).map((chunkMeans) => ({
      ms: middle(chunkMeans),
      ratio: spread(chunkMeans.map((ms, c) => ms / baseChunks![c]!)),
      addedMs: spread(chunkMeans.map((ms, c) => ms - baseChunks![c]!)),
    })),
    chunks,
  };
}

/** The mean of `values` without the lowest and highest `trim` share of them. */
export function trimmedMean(values: Float64Array, trim: number): number {
  if (values.length === 0) throw new RangeError("trimmed mean of no values");
  if (!(trim >= 0 && trim < 0.5)) throw new RangeError(`trim must be within [0, 0.5), got ${trim}`);
  const sorted = Float64Array.from(values).sort();
  const cut = Math.floor(sorted.length * trim);
  const kept = sorted.subarray(cut, sorted.length - cut);
  let sum = 0;
  for (const value of kept) sum += value;
  return sum / kept.length;
}
