import { AISDKError, APICallError, getErrorMessage } from "@ai-sdk/provider";
import { createProviderError, type FailureContext, ProviderError } from "@instr/core/adapter";

/**
 * The `ProviderError` for what an AI SDK model threw or reported in an `error` stream part (one
 * of ours passes through; aborts never get here: the kit's `callProvider` and `guardStream`
 * handle them first), built by the kit's `createProviderError`, which takes the key out of the
 * message and the cause and keeps only the retry headers:
 *
 * - the spec's `APICallError`: its status (a success status means the body broke after the answer
 *   began, so none), its response headers and the provider package's own `isRetryable` verdict;
 * - any other AI SDK error (an invalid prompt, a malformed answer, an unsupported feature): the
 *   provider package rejected the request or the answer, and sending it again will not help;
 * - anything else (a dropped connection, a server-side failure reported mid-stream): a transport
 *   failure, retryable.
 */
export function toProviderError(error: unknown, context: FailureContext): ProviderError {
  if (ProviderError.isInstance(error)) return error;
  const failure = { ...context, cause: error };
  if (APICallError.isInstance(error)) {
    const status = error.statusCode;
    return createProviderError({
      ...failure,
      ...(status !== undefined && status >= 400 ? { status } : {}),
      message: error.message,
      headers: error.responseHeaders,
      isRetryable: error.isRetryable,
    });
  }
  if (AISDKError.isInstance(error)) {
    return createProviderError({ ...failure, message: error.message, isRetryable: false });
  }
  return createProviderError({ ...failure, message: `request failed: ${getErrorMessage(error)}` });
}
