import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { perMinute, toBullLimiter } from "./rate-limit.js";

/**
 * Job start times as BullMQ's limiter allows them at its most aggressive: a window opens at
 * the first start after the previous window expired and admits `max` starts anywhere in it.
 * Times are whole milliseconds, as Redis keeps them.
 */
function bullmqStarts(
  limiter: { max: number; duration: number },
  gaps: number[],
  offsets: number[],
) {
  const starts: number[] = [];
  let open = 0;
  for (const [i, gap] of gaps.entries()) {
    const windowStart = open + gap;
    // The first start opens the window; the others fall anywhere inside it.
    starts.push(windowStart);
    for (let j = 1; j < limiter.max; j++) {
      const offset = offsets[(i * limiter.max + j) % offsets.length] ?? 0;
      starts.push(windowStart + (offset % limiter.duration));
    }
    open = windowStart + limiter.duration;
  }
  return starts.sort((a, b) => a - b);
}

function maxInSlidingWindow(times: number[], length: number): number {
  let best = 0;
  let first = 0;
  for (const [last, time] of times.entries()) {
    while (time - (times[first] ?? time) >= length) first++;
    best = Math.max(best, last - first + 1);
  }
  return best;
}

describe("toBullLimiter", () => {
  it("never lets more than max starts into any interval of durationMs", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 10, max: 100_000 }),
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 40 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 50 }),
        (max, durationMs, gaps, offsets) => {
          const limiter = toBullLimiter({ max, durationMs });
          const starts = bullmqStarts(limiter, gaps, offsets);
          expect(maxInSlidingWindow(starts, durationMs)).toBeLessThanOrEqual(max);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("keeps most of the budget", () => {
    expect(toBullLimiter(perMinute(600))).toEqual({ max: 54, duration: 6000 });
    expect(toBullLimiter({ max: 1, durationMs: 1000 })).toEqual({ max: 1, duration: 1000 });
    expect(toBullLimiter({ max: 15, durationMs: 1000 })).toEqual({ max: 2, duration: 167 });
  });

  it("rejects limits that are not positive", () => {
    expect(() => toBullLimiter({ max: 0, durationMs: 1000 })).toThrow(RangeError);
    expect(() => toBullLimiter({ max: 1.5, durationMs: 1000 })).toThrow(RangeError);
    expect(() => toBullLimiter({ max: 10, durationMs: 0 })).toThrow(RangeError);
  });
});
