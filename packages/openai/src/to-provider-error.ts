import { createProviderError, type FailureContext, ProviderError } from "@instr/core/adapter";
import { APIConnectionError, APIError } from "openai";

/**
 * The `ProviderError` for an error of the `openai` SDK (one of ours passes through; aborts never
 * get here: the kit's `callProvider` and `guardStream` handle them first), built by the kit's
 * `createProviderError`: the provider's message and status, its retry headers and one retry
 * rule, the key taken out. The SDK reports a connection dropped while reading a stream as a plain
 * `TypeError`: anything without a status is a transport failure (retryable).
 */
export function toProviderError(error: unknown, context: FailureContext): ProviderError {
  if (ProviderError.isInstance(error)) return error;
  const failure = { ...context, cause: error };
  if (error instanceof APIError && !(error instanceof APIConnectionError)) {
    return createProviderError({
      ...failure,
      ...(error.status === undefined ? {} : { status: error.status }),
      message: withoutStatus(error),
      headers: error.headers,
    });
  }
  return createProviderError(failure);
}

/** The SDK's message starts with the status, which `createProviderError` already writes. */
function withoutStatus(error: APIError): string {
  const prefix = `${error.status} `;
  return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
}
