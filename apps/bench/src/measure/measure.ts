import { median } from "./median.js";
import { timeMs } from "./time-ms.js";

/** How often to run a measurement. */
export interface RunPlan {
  /** Untimed runs first (JIT, caches, sockets). */
  warmup: number;
  /** Timed runs; the median is reported. */
  runs: number;
}

/** The timed runs of one measurement. */
export interface Measurement<T> {
  medianMs: number;
  /** Median CPU time of the process (see {@link timeMs}). */
  medianCpuMs: number;
  runsMs: number[];
  /** What the last run returned, for sanity checks. */
  last: T;
}

/** Runs `fn` `plan.warmup` times discarding the results, then `plan.runs` times keeping them. */
export async function repeat<T>(plan: RunPlan, fn: () => Promise<T> | T): Promise<[T, ...T[]]> {
  if (plan.runs < 1) throw new RangeError(`runs must be at least 1, got ${plan.runs}`);
  for (let i = 0; i < plan.warmup; i++) await fn();
  const results: [T, ...T[]] = [await fn()];
  for (let i = 1; i < plan.runs; i++) results.push(await fn());
  return results;
}

/** Times `fn` over `plan` (see {@link repeat}); reports the median wall time. */
export async function measure<T>(plan: RunPlan, fn: () => Promise<T> | T): Promise<Measurement<T>> {
  const timed = await repeat(plan, () => timeMs(fn));
  const runsMs = timed.map((run) => run.ms);
  return {
    medianMs: median(runsMs),
    medianCpuMs: median(timed.map((run) => run.cpuMs)),
    runsMs,
    last: timed[timed.length - 1]!.value,
  };
}
