import { isRetryableStatus, ProviderError, redactSecret } from "@instr/core/adapter";
import { APIError, APIUserAbortError, OpenAIError } from "openai";
import { retryHeaders } from "./retry-headers.js";

/** What the adapter knows when a call fails. */
export interface FailureContext {
  provider: string;
  /** The client's API key, so that no error ever repeats it. */
  apiKey: string | null | undefined;
  signal: AbortSignal | undefined;
  /** The answer streamed before the failure, if any. */
  partialText?: string;
}

/**
 * Turns whatever the SDK threw into what the core expects: the abort reason when the caller
 * aborted (as `fetch` does), a `ProviderError` for anything the provider or the transport did,
 * and any other error unchanged (it is a bug or an instr error, not a provider failure).
 */
export function toProviderError(error: unknown, context: FailureContext): unknown {
  const { provider, apiKey, signal, partialText } = context;
  if (signal?.aborted) return signal.reason;
  if (error instanceof APIUserAbortError) return new DOMException(error.message, "AbortError");
  if (!(error instanceof OpenAIError)) return error;
  const message = redactSecret(error.message, apiKey);
  // The SDK error repeats the provider's body; keep it as the cause unless it would leak the key.
  const leaks =
    message !== error.message || redactSecret(bodyText(error), apiKey) !== bodyText(error);
  const cause = leaks ? new Error(message) : error;
  const status = error instanceof APIError ? error.status : undefined;
  const headers = error instanceof APIError ? retryHeaders(error.headers) : {};
  return new ProviderError(
    `${provider}: ${message}`,
    {
      provider,
      ...(status === undefined ? {} : { status }),
      isRetryable: error instanceof APIError && isRetryableStatus(status),
      headers,
      ...(partialText ? { partialText } : {}),
    },
    { cause },
  );
}

/**
 * The error for a stream that failed after it started. The SDK reports a dropped connection while
 * reading the body as a plain `TypeError`, so anything that is not the SDK's own error is a
 * transport failure here (retryable), with the text received so far.
 */
export function toStreamError(
  error: unknown,
  context: FailureContext,
  partialText: string,
): unknown {
  if (context.signal?.aborted || error instanceof OpenAIError) {
    return toProviderError(error, { ...context, partialText });
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new ProviderError(
    `${context.provider}: the stream broke: ${redactSecret(reason, context.apiKey)}`,
    { provider: context.provider, isRetryable: true, partialText },
    { cause: error },
  );
}

function bodyText(error: OpenAIError): string {
  return error instanceof APIError ? (JSON.stringify(error.error) ?? "") : "";
}
