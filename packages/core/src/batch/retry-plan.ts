import { ProviderError } from "../errors/provider-error.js";
import { rateLimitDelayMs } from "./rate-limit-delay.js";

/** What the batch pool does with a failed request that may succeed if sent again. */
export interface RetryPlan {
  /** HTTP 429, counted in `BatchProgress.rateLimited`. */
  rateLimited: boolean;
  /** Pause for the whole pool before the next request. */
  delayMs: number;
}

/**
 * Plans the re-send of a retryable `ProviderError` (429, 5xx, dropped connection): wait what the
 * response headers say, else back off exponentially from one second; at most `maxPauseMs`.
 * Undefined for anything else, which is the item's final error.
 */
export function retryPlan(
  error: unknown,
  retriesSoFar: number,
  maxPauseMs: number,
  now: number,
): RetryPlan | undefined {
  if (!ProviderError.isInstance(error) || !error.isRetryable) return undefined;
  const delayMs = rateLimitDelayMs(error.headers, now) ?? 1000 * 2 ** retriesSoFar;
  return { rateLimited: error.status === 429, delayMs: Math.min(maxPauseMs, delayMs) };
}
