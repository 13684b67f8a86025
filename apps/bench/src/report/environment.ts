import { cpus, loadavg } from "node:os";

/** The machine a run measured on; the load average says how noisy the numbers may be. */
export function environment(): Record<string, unknown> {
  return {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "unknown",
    loadAverage1m: Number(loadavg()[0]!.toFixed(2)),
    exposeGc: typeof gc === "function",
  };
}
