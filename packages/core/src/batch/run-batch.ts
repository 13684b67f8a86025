import { InstructorError } from "../errors/instructor-error.js";
import type { BatchItemResult, BatchOptions, BatchSummary } from "../instructor-types/batch.js";
import type { Usage } from "../types/usage.js";
import { AimdLimiter } from "./aimd-limiter.js";
import { asyncIteratorOf } from "./async-iterator-of.js";
import { BatchStats } from "./batch-stats.js";
import { retryPlan } from "./retry-plan.js";
import { Wakeup } from "./wakeup.js";

/** One unit of batch work: resolves to the item's value and the tokens it spent. */
export type BatchTask<I, T> = (
  input: I,
  signal: AbortSignal,
) => Promise<{ value: T; usage: Usage }>;

interface Pending<I> {
  index: number;
  input: I;
  retries: number;
}

/**
 * Runs `task` over `inputs` with an adaptive (AIMD) concurrency limit and yields each item's
 * result as it settles, in completion order with its input `index`; returns the summary.
 *
 * Memory stays bounded whatever the input size: the input is pulled only when a slot is free,
 * and while the consumer is busy with a result no new request starts. Retryable provider errors
 * halve the limit, pause the whole pool (for `retry-after` and the like) and re-send the item.
 * Leaving the loop early, or aborting `options.signal`, aborts the requests in flight and
 * settles them before returning.
 */
export async function* runBatch<I, T>(
  inputs: Iterable<I> | AsyncIterable<I>,
  task: BatchTask<I, T>,
  options: BatchOptions = {},
): AsyncGenerator<BatchItemResult<T>, BatchSummary, undefined> {
  const limiter = new AimdLimiter(options.concurrency ?? 8);
  const maxRequestRetries = atLeastZero("maxRequestRetries", options.maxRequestRetries ?? 5);
  const maxPauseMs = atLeastZero("maxPauseMs", options.maxPauseMs ?? 60_000);
  const stats = new BatchStats(Date.now());
  const wakeup = new Wakeup();
  const controller = new AbortController();
  const taskControllers = new Set<AbortController>();
  controller.signal.addEventListener(
    "abort",
    () => {
      for (const task of taskControllers) task.abort(controller.signal.reason);
    },
    { once: true },
  );
  const onAbort = () => {
    controller.abort(options.signal?.reason);
    wakeup.notify();
  };
  options.signal?.addEventListener("abort", onAbort, { once: true });

  const source = asyncIteratorOf(inputs);
  let sourceDone = false;
  let nextIndex = 0;
  let inFlight = 0;
  const retries: Pending<I>[] = [];
  const settled: BatchItemResult<T>[] = [];

  const settle = (
    item: Pending<I>,
    epoch: number,
    outcome: PromiseSettledResult<{ value: T; usage: Usage }>,
  ) => {
    if (outcome.status === "fulfilled") {
      limiter.onSuccess();
      stats.fulfilled(outcome.value.usage);
      settled.push({ status: "fulfilled", index: item.index, ...outcome.value });
      return;
    }
    const error: unknown = outcome.reason;
    const plan = controller.signal.aborted
      ? undefined
      : retryPlan(error, item.retries, maxPauseMs, Date.now());
    if (plan && item.retries < maxRequestRetries) {
      limiter.onRateLimit(epoch, Date.now(), plan.delayMs);
      if (plan.rateLimited) stats.rateLimited();
      retries.push({ ...item, retries: item.retries + 1 });
      return;
    }
    stats.rejected(error);
    settled.push({ status: "rejected", index: item.index, error });
  };

  const start = (item: Pending<I>) => {
    inFlight += 1;
    const epoch = limiter.epoch;
    // A signal per task, dropped when it settles: listeners that an SDK adds to it and never
    // removes then die with the task instead of piling up on the batch-long signal. The batch
    // signal has one listener for all tasks (see `taskControllers`), not one per task.
    const taskController = new AbortController();
    taskControllers.add(taskController);
    // `then` first, so a task that throws synchronously is an item error, not a batch error.
    Promise.resolve()
      .then(() => task(item.input, taskController.signal))
      .then(
        (value) => settle(item, epoch, { status: "fulfilled", value }),
        (reason: unknown) => settle(item, epoch, { status: "rejected", reason }),
      )
      .finally(() => {
        taskControllers.delete(taskController);
        inFlight -= 1;
        wakeup.notify();
      });
  };

  try {
    while (true) {
      options.signal?.throwIfAborted();
      const result = settled.shift();
      if (result) {
        options.onProgress?.(stats.snapshot(Date.now(), inFlight, limiter.limit));
        yield result;
        continue;
      }
      const hasWork = retries.length > 0 || !sourceDone;
      if (!hasWork && inFlight === 0) break;
      if (hasWork && inFlight < limiter.limit) {
        const pause = limiter.pauseRemaining(Date.now());
        if (pause > 0) {
          await wakeup.wait(pause);
          continue;
        }
        const item = retries.shift() ?? (await pull());
        if (item) start(item);
        continue;
      }
      await wakeup.wait();
    }
    return stats.snapshot(Date.now(), inFlight, limiter.limit);
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
    controller.abort();
    if (!sourceDone) await source.return?.();
    while (inFlight > 0) await wakeup.wait();
  }

  async function pull(): Promise<Pending<I> | undefined> {
    const next = await source.next();
    if (next.done) {
      sourceDone = true;
      return undefined;
    }
    const item = { index: nextIndex, input: next.value, retries: 0 };
    nextIndex += 1;
    return item;
  }
}

function atLeastZero(name: string, value: number): number {
  if (Number.isFinite(value) && value >= 0) return value;
  throw new InstructorError(`${name} must be a finite number >= 0, got ${value}.`);
}
