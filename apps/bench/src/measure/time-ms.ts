/** One timed run: wall time, the process's CPU time (user + system, all threads) and the result. */
export interface Timed<T> {
  ms: number;
  cpuMs: number;
  value: T;
}

/**
 * Runs `fn` once and returns its wall time (`process.hrtime.bigint`) and CPU time in
 * milliseconds. CPU time is the cross-check on a busy machine: it does not count the time other
 * processes held the cores. Collects garbage first when node runs with `--expose-gc`, so one run
 * does not pay for the previous one's garbage.
 */
export async function timeMs<T>(fn: () => Promise<T> | T): Promise<Timed<T>> {
  if (typeof gc === "function") gc();
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  const value = await fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const cpu = process.cpuUsage(cpuStart);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, value };
}
