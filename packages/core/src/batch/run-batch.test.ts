import { afterEach, describe, expect, it, vi } from "vitest";
import { ProviderError } from "../errors/provider-error.js";
import { RetryError } from "../errors/retry-error.js";
import type { BatchItemResult, BatchProgress } from "../instructor-types/batch.js";
import { runBatch } from "./run-batch.js";

const usage = (n: number) => ({ promptTokens: n, completionTokens: n, totalTokens: 2 * n });
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const rateLimit = (headers: Record<string, string> = { "retry-after-ms": "1000" }) =>
  new ProviderError("rate limited", { provider: "test", status: 429, isRetryable: true, headers });

async function collect<T>(iterable: AsyncIterable<BatchItemResult<T>>) {
  const results: BatchItemResult<T>[] = [];
  for await (const result of iterable) results.push(result);
  return results;
}

afterEach(() => {
  vi.useRealTimers();
});

describe("runBatch", () => {
  it("settles every item with its input index; a failing item does not sink the batch", async () => {
    // Each input is the turn its item finishes in; an item waits until the one before it has
    // settled, so the completion order is fixed without depending on timers under load.
    const turns = [3, 1, 0, 2];
    const settled = turns.map(() => {
      let settle = () => {};
      const done = new Promise<void>((resolve) => {
        settle = resolve;
      });
      return { done, settle };
    });
    const results = await collect(
      runBatch(
        turns,
        async (turn) => {
          if (turn > 0) await settled[turn - 1]?.done;
          // Let the previous item's result reach the batch before this one settles.
          await delay(0);
          settled[turn]?.settle();
          if (turn === 0) throw new Error("bad item");
          return { value: turn * 2, usage: usage(1) };
        },
        { concurrency: 4 },
      ),
    );
    // Completion order: turn 0 first (index 2), then 1, 2, 3.
    expect(results.map((r) => r.index)).toEqual([2, 1, 3, 0]);
    const byIndex = Object.fromEntries(results.map((r) => [r.index, r]));
    expect(byIndex[0]).toEqual({ status: "fulfilled", index: 0, value: 6, usage: usage(1) });
    expect(byIndex[2]).toMatchObject({
      status: "rejected",
      index: 2,
      error: { message: "bad item" },
    });
  });

  it("never exceeds the concurrency and pulls the input lazily", async () => {
    let running = 0;
    let maxRunning = 0;
    let pulled = 0;
    let done = 0;
    let maxAhead = 0;
    function* inputs() {
      for (let i = 0; i < 200; i++) {
        pulled += 1;
        maxAhead = Math.max(maxAhead, pulled - done);
        yield i;
      }
    }
    const batch = runBatch(
      inputs(),
      async (i) => {
        running += 1;
        maxRunning = Math.max(maxRunning, running);
        await delay(i % 3);
        running -= 1;
        return { value: i, usage: usage(0) };
      },
      { concurrency: 5 },
    );
    for await (const _ of batch) done += 1;
    expect(done).toBe(200);
    expect(maxRunning).toBe(5);
    // Never more than the in-flight slots plus the item being handed over were read ahead.
    expect(maxAhead).toBeLessThanOrEqual(6);
  });

  it("halves, pauses the whole pool for retry-after, re-sends and grows back", async () => {
    vi.useFakeTimers();
    const starts: { item: number; at: number }[] = [];
    const attempts = new Map<number, number>();
    let rateLimited = false;
    const progress: BatchProgress[] = [];
    const batch = runBatch(
      Array.from({ length: 40 }, (_, i) => i),
      async (i) => {
        starts.push({ item: i, at: Date.now() });
        const attempt = (attempts.get(i) ?? 0) + 1;
        attempts.set(i, attempt);
        await delay(10);
        // The first wave of 4 concurrent requests is rate-limited once.
        if (i < 4 && attempt === 1) {
          rateLimited = true;
          throw rateLimit({ "retry-after": "2" });
        }
        return { value: i, usage: usage(1) };
      },
      { concurrency: 4, onProgress: (p) => progress.push(p) },
    );
    const resultsPromise = collect(batch);
    await vi.advanceTimersByTimeAsync(60_000);
    const results = await resultsPromise;

    expect(rateLimited).toBe(true);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(40);
    const t0 = starts[0]!.at;
    // No request started between the 429s (t0 + 10 ms) and the end of the 2 s pause.
    expect(starts.filter((s) => s.at > t0 + 10 && s.at < t0 + 2010)).toEqual([]);
    // Every rate-limited item was sent again after the pause.
    for (let i = 0; i < 4; i++) {
      expect(starts.filter((s) => s.item === i && s.at >= t0 + 2010)).toHaveLength(1);
    }
    const last = progress.at(-1)!;
    expect(last).toMatchObject({ done: 40, succeeded: 40, failed: 0, rateLimited: 4 });
    expect(Math.min(...progress.map((p) => p.concurrency))).toBe(2);
    expect(last.concurrency).toBe(4);
    expect(last.usage).toEqual(usage(40));
  });

  it("rejects an item after maxRequestRetries re-sends", async () => {
    vi.useFakeTimers();
    let calls = 0;
    const resultsPromise = collect(
      runBatch(
        ["x"],
        async () => {
          calls += 1;
          throw rateLimit({ "retry-after-ms": "5" });
        },
        { maxRequestRetries: 2 },
      ),
    );
    await vi.advanceTimersByTimeAsync(1000);
    const [result] = await resultsPromise;
    expect(calls).toBe(3);
    expect(result).toMatchObject({ status: "rejected", error: { status: 429 } });
  });

  it("rejects bad options with an InstructorError", async () => {
    const noop = async () => ({ value: 0, usage: usage(0) });
    await expect(runBatch([1], noop, { concurrency: 0 }).next()).rejects.toThrow(
      "concurrency must be an integer >= 1",
    );
    await expect(runBatch([1], noop, { maxPauseMs: -1 }).next()).rejects.toThrow(
      "maxPauseMs must be a finite number >= 0",
    );
  });

  it("does not re-send a non-retryable provider error", async () => {
    let calls = 0;
    const [result] = await collect(
      runBatch([1], async () => {
        calls += 1;
        throw new ProviderError("bad request", { provider: "t", status: 400, isRetryable: false });
      }),
    );
    expect(calls).toBe(1);
    expect(result?.status).toBe("rejected");
  });

  it("backs off exponentially without headers, capped by maxPauseMs", async () => {
    vi.useFakeTimers();
    const starts: number[] = [];
    const resultsPromise = collect(
      runBatch(
        [1],
        async () => {
          starts.push(Date.now());
          if (starts.length < 4) throw rateLimit({});
          return { value: 1, usage: usage(1) };
        },
        { maxPauseMs: 3000 },
      ),
    );
    await vi.advanceTimersByTimeAsync(20_000);
    await resultsPromise;
    const gaps = starts.slice(1).map((t, i) => t - starts[i]!);
    expect(gaps).toEqual([1000, 2000, 3000]);
  });

  it("counts the usage of failed attempts in the summary", async () => {
    const batch = runBatch([1, 2], async (i) => {
      if (i === 2) throw new RetryError("spent", { attempts: [], usage: usage(5) });
      return { value: i, usage: usage(1) };
    });
    let step = await batch.next();
    while (!step.done) step = await batch.next();
    expect(step.value).toMatchObject({ done: 2, succeeded: 1, failed: 1, usage: usage(6) });
  });

  it("rejects with the abort reason and leaves nothing in flight", async () => {
    const controller = new AbortController();
    let inFlight = 0;
    let aborted = 0;
    const batch = runBatch(
      Array.from({ length: 100 }, (_, i) => i),
      (i, signal) => {
        inFlight += 1;
        return new Promise<{ value: number; usage: ReturnType<typeof usage> }>(
          (resolve, reject) => {
            const onAbort = () => {
              clearTimeout(timer);
              inFlight -= 1;
              aborted += 1;
              reject(signal.reason);
            };
            const timer = setTimeout(() => {
              signal.removeEventListener("abort", onAbort);
              inFlight -= 1;
              resolve({ value: i, usage: usage(0) });
            }, 5);
            signal.addEventListener("abort", onAbort);
          },
        );
      },
      { concurrency: 3, signal: controller.signal },
    );
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const result of batch) {
          seen.push(result.index);
          if (seen.length === 10) controller.abort(new Error("stop"));
        }
      })(),
    ).rejects.toThrow("stop");
    expect(aborted).toBeGreaterThan(0);
    expect(inFlight).toBe(0);
    expect(seen.length).toBeLessThan(100);
  });

  it("stops reading the input and aborts work when the consumer breaks", async () => {
    let closed = false;
    let aborted = 0;
    async function* inputs() {
      try {
        for (let i = 0; ; i++) yield i;
      } finally {
        closed = true;
      }
    }
    const batch = runBatch(
      inputs(),
      (i, signal) =>
        new Promise<{ value: number; usage: ReturnType<typeof usage> }>((resolve, reject) => {
          if (i > 0) {
            signal.addEventListener("abort", () => {
              aborted += 1;
              reject(signal.reason);
            });
            return;
          }
          resolve({ value: i, usage: usage(0) });
        }),
      { concurrency: 2 },
    );
    for await (const result of batch) {
      expect(result.index).toBe(0);
      break;
    }
    expect(closed).toBe(true);
    expect(aborted).toBeGreaterThan(0);
  });

  it("gives each task its own signal, so listeners left on it do not pile up", async () => {
    const signals = new Set<AbortSignal>();
    const batch = runBatch(
      Array.from({ length: 50 }, (_, i) => i),
      async (i, signal) => {
        // Like an SDK that never removes its abort listener.
        signal.addEventListener("abort", () => undefined);
        signals.add(signal);
        return { value: i, usage: usage(0) };
      },
      { concurrency: 4 },
    );
    for await (const _ of batch);
    expect(signals.size).toBe(50);
  });

  it("adds one listener to the batch signal, not one per task (no MaxListenersExceededWarning)", async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    try {
      const results = await collect(
        runBatch(
          Array.from({ length: 40 }, (_, i) => i),
          async (i) => {
            await delay(5);
            return { value: i, usage: usage(0) };
          },
          { concurrency: 32 },
        ),
      );
      expect(results).toHaveLength(40);
      // Node reports the warning on the next tick.
      await delay(10);
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings.filter((w) => w.name === "MaxListenersExceededWarning")).toEqual([]);
  });
});
