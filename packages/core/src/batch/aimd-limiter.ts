import { InstructorError } from "../errors/instructor-error.js";

/**
 * Additive-increase / multiplicative-decrease concurrency limit with a shared pause, as TCP
 * congestion control does it: halve once per wave of rate-limit errors, grow by one per window
 * of successes. Pure state: the caller passes the time in.
 */
export class AimdLimiter {
  readonly max: number;
  // Fractional so that growth is +1 per `limit` successes, i.e. about one step per round trip.
  #limit: number;
  #epoch = 0;
  #pausedUntil = 0;

  constructor(max: number) {
    if (!Number.isInteger(max) || max < 1) {
      throw new InstructorError(`concurrency must be an integer >= 1, got ${max}.`);
    }
    this.max = max;
    this.#limit = max;
  }

  /** Requests allowed in flight now. */
  get limit(): number {
    return Math.floor(this.#limit);
  }

  /**
   * Changes every time the limit is halved. A task remembers the epoch it started in, so the
   * many 429s of one overloaded wave halve the limit once, not once per request.
   */
  get epoch(): number {
    return this.#epoch;
  }

  onSuccess(): void {
    this.#limit = Math.min(this.max, this.#limit + 1 / Math.floor(this.#limit));
  }

  /** A task started in `startedEpoch` was rate-limited; pause everyone for `delayMs` from `now`. */
  onRateLimit(startedEpoch: number, now: number, delayMs: number): void {
    if (startedEpoch === this.#epoch) {
      this.#limit = Math.max(1, Math.floor(this.#limit / 2));
      this.#epoch += 1;
    }
    this.#pausedUntil = Math.max(this.#pausedUntil, now + delayMs);
  }

  /** Milliseconds until new requests may start; 0 when not paused. */
  pauseRemaining(now: number): number {
    return Math.max(0, this.#pausedUntil - now);
  }
}
