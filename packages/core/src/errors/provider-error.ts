import { InstructorError, type InstructorErrorOptions } from "./instructor-error.js";

const marker = "instr.error.provider";
const symbol = Symbol.for(marker);

/**
 * The provider or the transport failed: an HTTP error status, a refused or dropped connection,
 * a malformed response. Adapters throw it; core never retries it (transport retries belong to
 * the SDK, which honours `retry-after`).
 */
export class ProviderError extends InstructorError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker isInstance reads via Symbol.for
  private readonly [symbol] = true;
  /** Provider name, e.g. `"cerebras"`. */
  readonly provider: string;
  /** HTTP status, when the provider answered. */
  readonly status: number | undefined;
  /** Whether sending the same request again may succeed (429, 5xx, connection errors). */
  readonly isRetryable: boolean;
  /** Response headers that matter for retrying (e.g. `retry-after`, rate-limit headers). */
  readonly headers: Readonly<Record<string, string>>;
  /** Text received before a stream broke, if any. */
  readonly partialText: string | undefined;

  constructor(
    message: string,
    fields: {
      provider: string;
      status?: number;
      isRetryable: boolean;
      headers?: Record<string, string>;
      partialText?: string;
    },
    options: InstructorErrorOptions = {},
  ) {
    super(message, options);
    this.name = "ProviderError";
    this.provider = fields.provider;
    this.status = fields.status;
    this.isRetryable = fields.isRetryable;
    this.headers = fields.headers ?? {};
    this.partialText = fields.partialText;
  }

  static override isInstance(error: unknown): error is ProviderError {
    return InstructorError.hasMarker(error, marker);
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      provider: this.provider,
      status: this.status,
      isRetryable: this.isRetryable,
      headers: this.headers,
      partialText: this.partialText,
    };
  }
}
