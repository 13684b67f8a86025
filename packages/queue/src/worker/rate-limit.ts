/** At most `max` requests reach the provider in any `durationMs` window, across all workers. */
export interface RateLimit {
  max: number;
  durationMs: number;
  /**
   * The longest spread in delay between a job taking its slot and its request reaching the
   * provider (event-loop lag, network jitter). Slots are kept for `durationMs + jitterMs`.
   * Default 50 ms.
   */
  jitterMs?: number;
}

/** The account's requests per minute as a {@link RateLimit}. */
export function perMinute(requests: number): RateLimit {
  return { max: requests, durationMs: 60_000 };
}

/** The account's requests per second as a {@link RateLimit}. */
export function perSecond(requests: number): RateLimit {
  return { max: requests, durationMs: 1000 };
}

/** The limit with its defaults filled in; a RangeError when it is not positive. */
export function checkRateLimit(limit: RateLimit): Required<RateLimit> {
  const { max, durationMs, jitterMs = 50 } = limit;
  if (!Number.isInteger(max) || max < 1 || !(durationMs > 0) || !(jitterMs >= 0)) {
    throw new RangeError(
      `rateLimit needs a positive integer max, a positive durationMs and jitterMs >= 0; got max ${max}, durationMs ${durationMs}, jitterMs ${jitterMs}.`,
    );
  }
  return { max, durationMs, jitterMs };
}
