import { InstructorError, type InstructorErrorOptions } from "./instructor-error.js";

/**
 * The provider or the transport failed: an HTTP error status, a refused or dropped connection,
 * a malformed response. Adapters throw it; core never retries it (transport retries belong to
 * the SDK, which honours `retry-after`).
 */
export class ProviderError extends InstructorError {
  static override readonly isInstance = this.markerGuard("instr.error.provider");
  /** Provider name, e.g. `"cerebras"`. */
  declare readonly provider: string;
  /** HTTP status, when the provider answered. */
  declare readonly status: number | undefined;
  /** Whether sending the same request again may succeed (429, 5xx, connection errors). */
  declare readonly isRetryable: boolean;
  /** Response headers that matter for retrying (e.g. `retry-after`, rate-limit headers). */
  declare readonly headers: Readonly<Record<string, string>>;
  /** Text received before a stream broke, if any. */
  declare readonly partialText: string | undefined;

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
    this.assignFields({ ...fields, headers: fields.headers ?? {} }, [
      "provider",
      "status",
      "isRetryable",
      "headers",
      "partialText",
    ]);
  }
}
