import type { ChildProcess } from "node:child_process";
import type { ExtractionQueue } from "../src/index.js";
import { startThrowawayRedis } from "../test/throwaway-redis.js";
import { stopWorkerProcesses } from "../test/worker-processes.js";

/** The Redis a bench runs against: `REDIS_URL`'s, else a throwaway one that `stop()` removes. */
export async function benchRedis(): Promise<{ url: string; stop(): void }> {
  const fromEnv = process.env.REDIS_URL;
  if (fromEnv !== undefined) return { url: fromEnv, stop() {} };
  return startThrowawayRedis();
}

/** The end of a bench's queue: its worker processes stopped, its jobs removed, it closed. */
export async function closeBenchQueue(
  queue: ExtractionQueue,
  workers: ChildProcess[],
): Promise<void> {
  await stopWorkerProcesses(workers);
  await queue.queue.obliterate({ force: true });
  await queue.close();
}
