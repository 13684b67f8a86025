import type { Reply, ReplyHandler } from "@instr/mock-server";

/** Options of {@link rateLimitedHandler}. */
export interface RateLimit {
  /** Sustained requests per second the server accepts. */
  ratePerSecond: number;
  /** Requests it accepts at once after a quiet period (bucket size). */
  burst: number;
  /** Time the server takes to answer an accepted request, like a model generating. */
  latencyMs: number;
}

/** What a rate-limited server answered so far. */
export interface RateLimitCounts {
  accepted: number;
  limited: number;
}

/**
 * A mock-server handler behind a token bucket: a request that finds a token gets `reply` after
 * `latencyMs`; one that finds none gets a 429 whose `retry-after-ms` (and `retry-after`, whole
 * seconds) says when the next token is due, as a well-behaved provider does.
 */
export function rateLimitedHandler(
  limit: RateLimit,
  reply: Reply,
): { handler: ReplyHandler; counts: RateLimitCounts } {
  const counts: RateLimitCounts = { accepted: 0, limited: 0 };
  let tokens = limit.burst;
  let refilledAt = performance.now();
  const handler: ReplyHandler = () => {
    const now = performance.now();
    tokens = Math.min(limit.burst, tokens + ((now - refilledAt) * limit.ratePerSecond) / 1000);
    refilledAt = now;
    if (tokens >= 1) {
      tokens -= 1;
      counts.accepted++;
      return { ...reply, delayMs: limit.latencyMs };
    }
    counts.limited++;
    const waitMs = Math.ceil(((1 - tokens) * 1000) / limit.ratePerSecond);
    return {
      type: "error",
      status: 429,
      message: "Requests per second limit exceeded",
      headers: {
        "retry-after-ms": String(waitMs),
        "retry-after": String(Math.ceil(waitMs / 1000)),
      },
    };
  };
  return { handler, counts };
}
