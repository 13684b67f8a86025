import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maxInSlidingWindow } from "../../test/sliding-window.js";
import { perMinute, toBullLimiter } from "./rate-limit.js";

/**
 * Request arrival times under BullMQ's limiter at its most aggressive: a window opens at the
 * first start after the previous window expired and admits `max` starts anywhere in it; each
 * request arrives 0..jitterMs after its start. Times are whole milliseconds, as Redis keeps them.
 */
function arrivals(
  limiter: { max: number; duration: number },
  jitterMs: number,
  draws: { gaps: number[]; offsets: number[]; lags: number[] },
) {
  const times: number[] = [];
  let open = 0;
  const pick = (list: number[], i: number) => list[i % list.length] ?? 0;
  for (const [i, gap] of draws.gaps.entries()) {
    const windowStart = open + gap;
    for (let j = 0; j < limiter.max; j++) {
      const n = i * limiter.max + j;
      // The first start opens the window; the others fall anywhere inside it.
      const start = windowStart + (j === 0 ? 0 : pick(draws.offsets, n) % limiter.duration);
      times.push(start + (pick(draws.lags, n) % (jitterMs + 1)));
    }
    open = windowStart + limiter.duration;
  }
  return times.sort((a, b) => a - b);
}

describe("toBullLimiter", () => {
  it("never lets more than max requests into any interval of durationMs, jitter included", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 10, max: 100_000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.record({
          gaps: fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 40 }),
          offsets: fc.array(fc.nat(), { minLength: 1, maxLength: 50 }),
          lags: fc.array(fc.nat(), { minLength: 1, maxLength: 50 }),
        }),
        (max, durationMs, jitterMs, draws) => {
          const limiter = toBullLimiter({ max, durationMs, jitterMs });
          const times = arrivals(limiter, jitterMs, draws);
          expect(maxInSlidingWindow(times, durationMs)).toBeLessThanOrEqual(max);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("keeps most of the budget", () => {
    expect(toBullLimiter(perMinute(600))).toEqual({ max: 54, duration: 6025 });
    expect(toBullLimiter({ ...perMinute(600), jitterMs: 0 })).toEqual({ max: 54, duration: 6000 });
    expect(toBullLimiter({ max: 1, durationMs: 1000 })).toEqual({ max: 1, duration: 1250 });
    expect(toBullLimiter({ max: 15, durationMs: 1000, jitterMs: 0 })).toEqual({
      max: 2,
      duration: 167,
    });
  });

  it("rejects limits that are not positive", () => {
    expect(() => toBullLimiter({ max: 0, durationMs: 1000 })).toThrow(RangeError);
    expect(() => toBullLimiter({ max: 1.5, durationMs: 1000 })).toThrow(RangeError);
    expect(() => toBullLimiter({ max: 10, durationMs: 0 })).toThrow(RangeError);
    expect(() => toBullLimiter({ max: 10, durationMs: 10, jitterMs: -1 })).toThrow(RangeError);
  });
});
