import { RedisUnavailableError } from "../errors/redis-unavailable-error.js";
import { isConnectionError, reasonOf } from "./connection-errors.js";

/** How a worker's Redis connections retry, and how their failures are reported. */
export interface ReconnectPolicy {
  /** ioredis `retryStrategy`: exponential backoff from 250 ms to 5 s, never giving up. */
  retryStrategy(times: number): number;
  /**
   * Takes a connection's `error` event: connection failures are kept for the next backoff
   * step's report (true); anything else is not this policy's (false).
   */
  absorb(error: Error): boolean;
}

const firstDelayMs = 250;
const maxDelayMs = 5000;
/**
 * One policy for all the connections of a worker (BullMQ opens several): each backoff step is
 * reported once, as a {@link RedisUnavailableError} naming the URL, the reason and the delay,
 * however many connections are retrying, instead of a stack trace per connection and attempt.
 */
export function createReconnectPolicy(
  url: string,
  report: (error: RedisUnavailableError) => void,
): ReconnectPolicy {
  let lastError: Error | undefined;
  // Attempt number -> when it was last reported; the connections fail in step.
  const reportedAt = new Map<number, number>();
  return {
    retryStrategy(times) {
      const delay = Math.min(firstDelayMs * 2 ** Math.min(times - 1, 16), maxDelayMs);
      const now = Date.now();
      if (now - (reportedAt.get(times) ?? Number.NEGATIVE_INFINITY) >= delay) {
        reportedAt.set(times, now);
        const reason = lastError === undefined ? "connection lost" : reasonOf(lastError);
        report(
          new RedisUnavailableError({
            url,
            reason,
            attempt: times,
            retryInMs: delay,
            cause: lastError,
          }),
        );
      }
      return delay;
    },
    absorb(error) {
      if (!isConnectionError(error)) return false;
      lastError = error;
      return true;
    },
  };
}
