import {
  APIConnectionError,
  APIError,
  APIUserAbortError,
  CerebrasError,
} from "@cerebras/cerebras_cloud_sdk";
import { isRetryableStatus, ProviderError } from "@instr/core/adapter";
import { abortReason } from "./abort-error.js";
import { redact, redactError } from "./redact.js";
import { relevantHeaders } from "./relevant-headers.js";

/** What a failed call knows besides the error. */
export interface FailureContext {
  /** The client's key, scrubbed from every message. */
  apiKey: string;
  signal?: AbortSignal;
  /** Text streamed before the failure. */
  partialText?: string;
}

/**
 * What to throw for an error of the Cerebras SDK: an aborted call rejects with the abort reason
 * (never a `ProviderError`), everything else becomes a `ProviderError` with the provider's
 * message, status, retry hints and `isRetryable` (408, 409, 429, 5xx and connection failures,
 * unless the server's `x-should-retry` says otherwise). The API key never appears in it.
 */
export function toProviderError(error: unknown, context: FailureContext): unknown {
  if (context.signal?.aborted || error instanceof APIUserAbortError) {
    return abortReason(context.signal);
  }
  if (ProviderError.isInstance(error)) return error;
  redactError(error, context.apiKey);
  const fields = {
    provider: "cerebras",
    ...(context.partialText ? { partialText: context.partialText } : {}),
  };
  const message = (text: string) => redact(text, context.apiKey);
  if (error instanceof APIConnectionError) {
    const reported = streamErrorMessage(error);
    const text =
      reported === undefined
        ? `Cerebras connection failed: ${causeMessage(error)}`
        : `Cerebras reported an error in the stream: ${reported}`;
    return new ProviderError(message(text), { ...fields, isRetryable: true }, { cause: error });
  }
  if (error instanceof APIError && error.status !== undefined) {
    const headers = relevantHeaders(error.headers);
    return new ProviderError(
      message(`Cerebras API error ${error.status}: ${providerMessage(error)}`),
      { ...fields, status: error.status, headers, isRetryable: isRetryable(error.status, headers) },
      { cause: error },
    );
  }
  const text = error instanceof Error ? error.message : String(error);
  // A malformed stream event or a client misconfiguration will not heal on its own; a broken
  // socket might.
  const transient = !(error instanceof SyntaxError || error instanceof CerebrasError);
  return new ProviderError(
    message(`Cerebras request failed: ${text}`),
    { ...fields, isRetryable: transient },
    { cause: error },
  );
}

function isRetryable(status: number, headers: Record<string, string>): boolean {
  const hint = headers["x-should-retry"];
  if (hint === "true" || hint === "false") return hint === "true";
  return isRetryableStatus(status);
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
