import type { ExtractionQueue } from "../queue/create-extraction-queue.js";

/** A snapshot of a queue of extractions. */
export interface QueueStatus {
  waiting: number;
  active: number;
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
  return {
    waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
    active: counts.active ?? 0,
    delayed: counts.delayed ?? 0,
    completed: counts.completed ?? 0,
    failed: counts.failed ?? 0,
    pausedForMs: Math.max(0, pausedForMs),
  };
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

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
  });
}
