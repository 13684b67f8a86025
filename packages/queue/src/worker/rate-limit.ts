/** At most `max` jobs start in any `durationMs` window, counted across every worker of a queue. */
export interface RateLimit {
  max: number;
  durationMs: number;
}

/** BullMQ's `limiter` option: at most `max` job starts per fixed window of `duration` ms. */
export interface BullLimiter {
  max: number;
  duration: number;
}

// Up to this many sub-windows per duration: more track the limit more closely (k/(k+1) of it)
// with smaller bursts; 10 keeps up to 91% of the budget.
const maxSubWindows = 10;

/** A 429 can pause the queue only while some limiter is configured; this one never binds. */
export const unlimited: BullLimiter = { max: Number.MAX_SAFE_INTEGER, duration: 1000 };

/**
 * Turns a sliding-window limit into BullMQ's fixed windows. BullMQ opens a window at the first
 * job start after the previous one expired, so any interval of length D = k·d meets at most
 * k+1 windows of length d; with `floor(max / (k+1))` starts per window, no interval of
 * `durationMs` ever holds more than `max` starts, wherever it begins.
 */
export function toBullLimiter(limit: RateLimit): BullLimiter {
  const { max, durationMs } = limit;
  if (!Number.isInteger(max) || max < 1 || !(durationMs > 0)) {
    throw new RangeError(
      `rateLimit needs a positive integer max and a positive durationMs; got max ${max}, durationMs ${durationMs}.`,
    );
  }
  if (max === 1) return { max, duration: Math.ceil(durationMs) };
  // Pick the split with the most starts per duration (k · floor(max/(k+1))); ties go to more
  // sub-windows, which spread the starts more evenly.
  let best = 1;
  for (let k = 2; k <= Math.min(maxSubWindows, max - 1); k++) {
    if (k * Math.floor(max / (k + 1)) >= best * Math.floor(max / (best + 1))) best = k;
  }
  return { max: Math.floor(max / (best + 1)), duration: Math.ceil(durationMs / best) };
}

/** The account's requests-per-minute as a {@link RateLimit}. */
export function perMinute(requests: number): RateLimit {
  return { max: requests, durationMs: 60_000 };
}
