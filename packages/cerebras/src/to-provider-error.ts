import { APIConnectionError, APIError, CerebrasError } from "@cerebras/cerebras_cloud_sdk";
import { createProviderError, type FailureContext, ProviderError } from "@instr/core/adapter";

/**
 * The `ProviderError` for an error of the Cerebras SDK (one of ours passes through; aborts never
 * get here: the kit's `callProvider` and `guardStream` handle them first), built by the kit's
 * `createProviderError`: the provider's message and status, its retry headers and one retry rule,
 * the key taken out.
 */
export function toProviderError(error: unknown, context: FailureContext): ProviderError {
  if (ProviderError.isInstance(error)) return error;
  const failure = { ...context, cause: error };
  if (error instanceof APIConnectionError) {
    const reported = streamErrorMessage(error);
    return createProviderError({
      ...failure,
      message:
        reported === undefined
          ? `connection failed: ${causeMessage(error)}`
          : `error in the stream: ${reported}`,
    });
  }
  if (error instanceof APIError && error.status !== undefined) {
    return createProviderError({
      ...failure,
      status: error.status,
      message: providerMessage(error),
      headers: error.headers,
    });
  }
  // A malformed stream event or a client misconfiguration will not heal on its own; a broken
  // socket might.
  const transient = !(error instanceof SyntaxError || error instanceof CerebrasError);
  return createProviderError({ ...failure, isRetryable: transient });
}

/** The message from Cerebras' error body (`{ message, type, param, code }`), else the SDK's. */
function providerMessage(error: APIError): string {
  const body: unknown = error.error;
  if (typeof body === "object" && body !== null && "message" in body) {
    if (typeof body.message === "string") return body.message;
  }
  return error.message;
}

/**
 * The SDK reports an error event inside a stream as a connection error whose cause is the event's
 * JSON body (`{ message, type, … }`); this recovers the provider's message, if that is what it is.
 */
function streamErrorMessage(error: APIConnectionError): string | undefined {
  const { cause } = error;
  if (!(cause instanceof Error) || !cause.message.startsWith("{")) return undefined;
  try {
    const body: unknown = JSON.parse(cause.message);
    if (typeof body === "object" && body !== null && "message" in body) {
      return typeof body.message === "string" ? body.message : undefined;
    }
    return undefined;
  } catch {
    return undefined; // a cause that merely starts with "{" is not an event body
  }
}

/** The underlying failure (e.g. `ECONNREFUSED`), else the SDK's own message. */
function causeMessage(error: APIConnectionError): string {
  return error.cause instanceof Error ? error.cause.message : error.message;
}
