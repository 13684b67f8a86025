import type { ExtractionQueue } from "../queue/create-extraction-queue.js";
import { sleep } from "../timing/sleep.js";

/** A snapshot of a queue of extractions. */
export interface QueueStatus {
  waiting: number;
  /** Running on a live worker (its lock is held). */
  active: number;
  /**
   * Active, but the lock has expired: the worker died. The next stalled check (every
   * `stalledInterval` on any live worker) puts them back in the queue.
   */
  stalled: number;
  /** Waiting for a retry's backoff. */
  delayed: number;
  completed: number;
  failed: number;
  /** How much longer a 429 keeps every worker paused; 0 when not paused. */
  pausedForMs: number;
}

/** Counts of the queue's jobs by state, and the remaining 429 pause. */
export async function getQueueStatus(queue: ExtractionQueue): Promise<QueueStatus> {
  const counts = await queue.queue.getJobCounts(
    "waiting",
    "prioritized",
    "active",
    "delayed",
    "completed",
    "failed",
  );
  // A 429 sets the limiter to "full" (MAX_SAFE_INTEGER); asking with that max reports only it,
  // not the ordinary rate-limit window.
  const pausedForMs = await queue.queue.getRateLimitTtl(Number.MAX_SAFE_INTEGER);
  const stalled = await countStalled(queue);
  return {
    waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
    active: Math.max(0, (counts.active ?? 0) - stalled),
    stalled,
    delayed: counts.delayed ?? 0,
    completed: counts.completed ?? 0,
    failed: counts.failed ?? 0,
    pausedForMs: Math.max(0, pausedForMs),
  };
}

/** Active jobs without a lock: at most workers × concurrency reads. */
async function countStalled(queue: ExtractionQueue): Promise<number> {
  const ids = await queue.queue.getRanges(["active"], 0, -1);
  const client = await queue.queue.client;
  const locks = await Promise.all(ids.map((id) => client.get(`${queue.queue.toKey(id)}:lock`)));
  return locks.filter((lock) => lock === null).length;
}

/** A {@link QueueStatus} with the completion rate since the previous snapshot. */
export interface QueueStatusSample extends QueueStatus {
  /** Jobs completed per second since the previous sample (0 for the first). */
  completedPerSecond: number;
}

/**
 * Yields a status every `intervalMs` (default 1000) until `signal` aborts, with the rate of
 * completions between samples: what `instr status` shows live.
 */
export async function* watchQueueStatus(
  queue: ExtractionQueue,
  options: { intervalMs?: number; signal?: AbortSignal } = {},
): AsyncGenerator<QueueStatusSample> {
  const { intervalMs = 1000, signal } = options;
  let previous: { at: number; completed: number } | undefined;
  while (!signal?.aborted) {
    const status = await getQueueStatus(queue);
    const at = performance.now();
    const completedPerSecond =
      previous === undefined
        ? 0
        : ((status.completed - previous.completed) * 1000) / (at - previous.at);
    previous = { at, completed: status.completed };
    yield { ...status, completedPerSecond };
    await sleep(intervalMs, signal);
  }
}
