/** At most `max` requests reach the provider in any `durationMs` window, across all workers. */
export interface RateLimit {
  max: number;
  durationMs: number;
  /**
   * The longest expected delay between a job starting and its request reaching the provider
   * (event-loop lag, network). The limiter widens its windows by it. Default 250 ms.
   */
  jitterMs?: number;
}

/** BullMQ's `limiter` option: at most `max` job starts per fixed window of `duration` ms. */
export interface BullLimiter {
  max: number;
  duration: number;
}

// Up to this many windows per duration: more track the limit more closely (k/(k+1) of it) with
// smaller bursts; 10 keeps up to 91% of the budget.
const maxWindows = 10;

/** A 429 can pause the queue only while some limiter is configured; this one never binds. */
export const unlimited: BullLimiter = { max: Number.MAX_SAFE_INTEGER, duration: 1000 };

/**
 * Turns a sliding-window limit on requests into BullMQ's fixed windows of job starts. BullMQ
 * opens a window at the first start after the previous one expired. Requests that reach the
 * provider within any interval of length D started within D + J (J = jitter), so they came
 * from windows that opened within D + J + L of each other: with L = (D + J) / k that is at most
 * k + 1 windows, and `floor(max / (k + 1))` starts per window keeps them at or under `max`.
 */
export function toBullLimiter(limit: RateLimit): BullLimiter {
  const { max, durationMs, jitterMs = 250 } = limit;
  if (!Number.isInteger(max) || max < 1 || !(durationMs > 0) || !(jitterMs >= 0)) {
    throw new RangeError(
      `rateLimit needs a positive integer max, a positive durationMs and jitterMs >= 0; got max ${max}, durationMs ${durationMs}, jitterMs ${jitterMs}.`,
    );
  }
  const span = durationMs + jitterMs;
  // One start per window of D + J: two requests are then at least D apart.
  if (max === 1) return { max, duration: Math.ceil(span) };
  // The split with the most starts per span (k · floor(max/(k+1))); ties go to more windows,
  // which spread the starts more evenly.
  let best = 1;
  for (let k = 2; k <= Math.min(maxWindows, max - 1); k++) {
    if (k * Math.floor(max / (k + 1)) >= best * Math.floor(max / (best + 1))) best = k;
  }
  return { max: Math.floor(max / (best + 1)), duration: Math.ceil(span / best) };
}

/** The account's requests-per-minute as a {@link RateLimit}. */
export function perMinute(requests: number): RateLimit {
  return { max: requests, durationMs: 60_000 };
}
