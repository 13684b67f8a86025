import { IncompleteOutputError } from "../errors/incomplete-output-error.js";
import { RetryError } from "../errors/retry-error.js";
import type { BatchProgress } from "../instructor-types/batch.js";
import type { Usage } from "../types/usage.js";
import { addUsage, ZERO_USAGE } from "../usage/add-usage.js";

/** Running totals of one batch. */
export class BatchStats {
  readonly #startedAt: number;
  #succeeded = 0;
  #failed = 0;
  #rateLimited = 0;
  #usage: Usage = ZERO_USAGE;

  constructor(startedAt: number) {
    this.#startedAt = startedAt;
  }

  fulfilled(usage: Usage): void {
    this.#succeeded += 1;
    this.#add(usage);
  }

  /** Counts a failed item, with the tokens its failed attempts spent when the error says. */
  rejected(error: unknown): void {
    this.#failed += 1;
    if (RetryError.isInstance(error)) this.#add(error.usage);
    else if (IncompleteOutputError.isInstance(error) && error.usage) this.#add(error.usage);
  }

  rateLimited(): void {
    this.#rateLimited += 1;
  }

  snapshot(now: number, inFlight: number, concurrency: number): BatchProgress {
    const elapsedMs = now - this.#startedAt;
    return {
      done: this.#succeeded + this.#failed,
      succeeded: this.#succeeded,
      failed: this.#failed,
      inFlight,
      concurrency,
      rateLimited: this.#rateLimited,
      usage: { ...this.#usage },
      elapsedMs,
      tokensPerSecond: elapsedMs > 0 ? (this.#usage.totalTokens * 1000) / elapsedMs : 0,
    };
  }

  /** Cached and reasoning tokens are summed too, over the items that report them. */
  #add(usage: Usage): void {
    this.#usage = addUsage(this.#usage, usage);
  }
}
