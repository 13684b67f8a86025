import { APIConnectionError, APIError } from "@anthropic-ai/sdk";
import { createProviderError, type FailureContext, type ProviderError } from "@instr/core/adapter";

/**
 * The `ProviderError` for an error of `@anthropic-ai/sdk` (aborts never get here: the kit's
 * `callProvider` and `guardStream` handle them first; nor do instr's own errors, which the
 * adapter raises before the call or `guardStream` passes on), built by the kit's
 * `createProviderError`: the API's own message and status, the retry headers
 * (`retry-after`, `request-id`, every `anthropic-ratelimit-*`), one retry rule (so 429, 5xx and
 * 529 `overloaded_error` are retryable), the key taken out.
 *
 * An error event inside a stream (`overloaded_error`, `api_error`) has no status: like a
 * dropped connection, it is a failure of the transport, retryable. A connection that failed or
 * broke while reading is retryable too.
 */
export function toProviderError(error: unknown, context: FailureContext): ProviderError {
  const answered = error instanceof APIError && !(error instanceof APIConnectionError);
  return createProviderError({
    ...context,
    cause: error,
    status: answered ? error.status : undefined,
    headers: answered ? error.headers : undefined,
    ...(answered ? { message: apiMessage(error) } : {}),
  });
}

/**
 * The API's message with its error type (`overloaded_error: Overloaded`), else the SDK's. The
 * SDK's own message repeats the status, which `createProviderError` already writes.
 */
function apiMessage(error: APIError): string {
  const { apiMessage: message, type } = error;
  if (message === null) return error.message;
  return type === null ? message : `${type}: ${message}`;
}
