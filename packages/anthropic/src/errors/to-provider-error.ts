import { AnthropicError, APIError, APIUserAbortError } from "@anthropic-ai/sdk";
import { isRetryableStatus, ProviderError, redactSecret } from "@instr/core/adapter";
import { retryHeaders } from "./retry-headers.js";

/** What the adapter knows when a call fails. */
export interface FailureContext {
  provider: string;
  /** The client's API key, so that no error ever repeats it. */
  apiKey: string | null | undefined;
  signal: AbortSignal | undefined;
}

/**
 * Turns whatever the SDK threw into what core expects: the abort reason when the caller aborted
 * (as `fetch` does), a `ProviderError` for anything the provider or the transport did (with the
 * text streamed so far), and any other error unchanged (a bug or an instr error). 429, 5xx and
 * 529 `overloaded_error` are retryable.
 */
export function toProviderError(
  error: unknown,
  context: FailureContext,
  partialText?: string,
): unknown {
  const { provider, apiKey, signal } = context;
  if (signal?.aborted) return signal.reason;
  if (error instanceof APIUserAbortError) return new DOMException(error.message, "AbortError");
  const partial = partialText ? { partialText } : {};
  if (!(error instanceof AnthropicError)) {
    // A dropped connection while reading a stream surfaces as a plain error: transport, retryable.
    if (partialText === undefined) return error;
    const reason = error instanceof Error ? error.message : String(error);
    return new ProviderError(
      `${provider}: the stream broke: ${redactSecret(reason, apiKey)}`,
      { provider, isRetryable: true, ...partial },
      { cause: error },
    );
  }
  const message = redactSecret(error.message, apiKey);
  const cause = message === error.message ? error : new Error(message);
  const status = error instanceof APIError ? error.status : undefined;
  // An error event inside a stream has no status: an overload there is as retryable as a 529.
  const overloaded = error.message.includes("overloaded_error");
  return new ProviderError(
    `${provider}: ${message}`,
    {
      provider,
      ...(status === undefined ? {} : { status }),
      isRetryable: overloaded || (error instanceof APIError && isRetryableStatus(status)),
      headers: error instanceof APIError ? retryHeaders(error.headers) : {},
      ...partial,
    },
    { cause },
  );
}
