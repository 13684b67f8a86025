import { InstructorError } from "@instr/core";

const marker = "instr.error.redis-unavailable";
const symbol = Symbol.for(marker);

/**
 * Redis could not be reached: refused, timed out, or it did not answer. `url` names it (password
 * redacted); `retryInMs` is set when a worker keeps trying, after that delay.
 */
export class RedisUnavailableError extends InstructorError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker isInstance reads via Symbol.for
  private readonly [symbol] = true;
  readonly url: string;
  /** The reconnect attempt (1-based) when a worker retries; undefined for a one-off check. */
  readonly attempt: number | undefined;
  readonly retryInMs: number | undefined;

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
    this.url = fields.url;
    this.attempt = fields.attempt;
    this.retryInMs = fields.retryInMs;
  }

  static override isInstance(error: unknown): error is RedisUnavailableError {
    return InstructorError.hasMarker(error, marker);
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      url: this.url,
      attempt: this.attempt,
      retryInMs: this.retryInMs,
    };
  }
}

function formatDelay(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
