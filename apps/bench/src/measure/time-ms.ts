/** Wall and CPU time elapsed, in milliseconds. */
export interface Elapsed {
  ms: number;
  /** CPU time of the process: user + system, all threads. */
  cpuMs: number;
}

/** One timed run: its {@link Elapsed} times and the result. */
export interface Timed<T> extends Elapsed {
  value: T;
}

/**
 * Starts a clock of wall time (`process.hrtime.bigint`) and process CPU time
 * (`process.cpuUsage`); the returned function reads the time elapsed since. CPU time is the
 * cross-check on a busy machine: it does not count the time other processes held the cores.
 */
export function startClock(): () => Elapsed {
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  return () => {
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const cpu = process.cpuUsage(cpuStart);
    return { ms, cpuMs: (cpu.user + cpu.system) / 1000 };
  };
}

/**
 * Runs `fn` once and returns its wall and CPU time (see {@link startClock}). Collects garbage
 * first when node runs with `--expose-gc`, so one run does not pay for the previous one's
 * garbage.
 */
export async function timeMs<T>(fn: () => Promise<T> | T): Promise<Timed<T>> {
  if (typeof gc === "function") gc();
  const read = startClock();
  const value = await fn();
  return { ...read(), value };
}
