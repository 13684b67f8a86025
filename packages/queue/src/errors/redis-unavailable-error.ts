import { InstructorError } from "@instr/core";

/**
 * Redis could not be reached: refused, timed out, or it did not answer. `url` names it (password
 * redacted); `retryInMs` is set when a worker keeps trying, after that delay.
 */
export class RedisUnavailableError extends InstructorError {
  static override readonly isInstance = this.markerGuard("instr.error.redis-unavailable");
  declare readonly url: string;
  /** The reconnect attempt (1-based) when a worker retries; undefined for a one-off check. */
  declare readonly attempt: number | undefined;
  declare readonly retryInMs: number | undefined;

  constructor(fields: {
    url: string;
    reason: string;
    attempt?: number;
    retryInMs?: number;
    cause?: unknown;
  }) {
    super(
      `Redis at ${fields.url} is unreachable (${fields.reason})` +
        (fields.retryInMs === undefined
          ? "."
          : `; retrying in ${formatDelay(fields.retryInMs)} (attempt ${fields.attempt ?? 1}).`),
      { cause: fields.cause },
    );
    this.name = "RedisUnavailableError";
    this.assignFields(fields, ["url", "attempt", "retryInMs"]);
  }
}

function formatDelay(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
