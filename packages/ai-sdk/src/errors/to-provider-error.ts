import { APICallError } from "@ai-sdk/provider";
import { ProviderError, redactSecret } from "@instr/core/adapter";

/** What the bridge knows when a call fails. */
export interface FailureContext {
  provider: string;
  /** A secret no error may repeat (the provider's API key), when the caller gave one. */
  apiKey: string | undefined;
  signal: AbortSignal | undefined;
}

const kept = new Set(["retry-after", "retry-after-ms", "x-request-id"]);

/**
 * Turns what the provider threw into what core expects: the abort reason when the caller aborted,
 * a `ProviderError` for the spec's `APICallError` (status, retry headers, and the provider's own
 * `isRetryable` verdict), and any other error unchanged (a bug or an instr error).
 */
export function toProviderError(
  error: unknown,
  context: FailureContext,
  partialText?: string,
): unknown {
  const { provider, apiKey, signal } = context;
  if (signal?.aborted) return signal.reason;
  if (!APICallError.isInstance(error)) return error;
  const message = redactSecret(error.message, apiKey);
  const body = error.responseBody ?? "";
  // The spec's error repeats the request and the provider's body; keep it only if neither leaks.
  const leaks =
    message !== error.message ||
    redactSecret(body, apiKey) !== body ||
    redactSecret(JSON.stringify(error.requestBodyValues) ?? "", apiKey) !==
      (JSON.stringify(error.requestBodyValues) ?? "");
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(error.responseHeaders ?? {})) {
    if (kept.has(name) || name.startsWith("x-ratelimit-")) headers[name] = value;
  }
  // A success status on an error means the body broke after the answer began: no HTTP failure.
  const status =
    error.statusCode !== undefined && error.statusCode >= 400 ? error.statusCode : undefined;
  return new ProviderError(
    `${provider}: ${message}`,
    {
      provider,
      ...(status === undefined ? {} : { status }),
      isRetryable: error.isRetryable,
      headers,
      ...(partialText ? { partialText } : {}),
    },
    { cause: leaks ? new Error(message) : error },
  );
}
