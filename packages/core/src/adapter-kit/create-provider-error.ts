import { ProviderError } from "../errors/provider-error.js";
import { isRetryableStatus } from "./is-retryable-status.js";
import { redactError, redactSecret } from "./redact-secret.js";
import { retryHeaders } from "./retry-headers.js";

/** What {@link createProviderError} builds a `ProviderError` from. */
export interface ProviderFailure {
  provider: string;
  /**
   * What went wrong, e.g. the provider's own error message; prefixed with the provider name.
   * Default, for a failure with no answer (a refused or broken connection):
   * `request failed: <the cause's message>`.
   */
  message?: string;
  /** HTTP status; undefined when no response arrived (a connection failure). */
  status?: number | undefined;
  /** The response headers; only the retry hints, rate limits and ids are kept. */
  headers?: Headers | Readonly<Record<string, string | null | undefined>> | null | undefined;
  /** The API key, taken out of the message and the cause. */
  apiKey: string | null | undefined;
  /** Text received before a stream broke. */
  partialText?: string | undefined;
  /**
   * Whether sending again may succeed, when the failure is not about a status (a malformed
   * answer: false). Default: {@link isRetryableStatus} of `status`, unless the server's
   * `x-should-retry` header says otherwise.
   */
  isRetryable?: boolean;
  cause?: unknown;
}

/**
 * What an adapter's own error mapping (`toProviderError(error, context)`, from its SDK's errors
 * to {@link createProviderError}) knows besides the error: the provider, the key to take out and
 * the answer received before a stream broke.
 */
export type FailureContext = Pick<ProviderFailure, "provider" | "apiKey" | "partialText">;

/**
 * The one way adapters build a `ProviderError`: `` `${provider}: ${status} ${message}` `` with the
 * API key (and anything shaped like a key) taken out of the message and of the cause chain, the
 * retry headers kept (see `retryHeaders`), and one retry rule: 408, 409, 429, 5xx and no
 * response at all are retryable, unless the server's `x-should-retry` header says otherwise.
 *
 * ```ts
 * throw createProviderError({ provider, status: 429, message: "Slow down", headers, apiKey });
 * ```
 */
export function createProviderError(failure: ProviderFailure): ProviderError {
  const { provider, status, apiKey, partialText, cause } = failure;
  const headers = retryHeaders(failure.headers);
  const hint = headers["x-should-retry"];
  const isRetryable =
    failure.isRetryable ??
    (hint === "true" || hint === "false" ? hint === "true" : isRetryableStatus(status));
  const prefix = status === undefined ? `${provider}:` : `${provider}: ${status}`;
  const message = failure.message ?? `request failed: ${messageOf(cause)}`;
  redactError(cause, apiKey);
  return new ProviderError(
    `${prefix} ${redactSecret(message, apiKey)}`,
    {
      provider,
      ...(status === undefined ? {} : { status }),
      isRetryable,
      headers,
      ...(partialText ? { partialText } : {}),
    },
    cause === undefined ? {} : { cause },
  );
}

function messageOf(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
