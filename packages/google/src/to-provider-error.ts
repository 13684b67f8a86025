import { ApiError } from "@google/genai";
import { createProviderError, ProviderError, safeJson } from "@instr/core/adapter";
import type { GoogleExchange } from "./google-exchange.js";
import { isRecord } from "./is-record.js";
import { PROVIDER } from "./provider-metadata.js";

/** Google's error body: `{ error: { code, message, status, details } }`. */
interface GoogleErrorBody {
  message: string | undefined;
  status: string | undefined;
  /** Seconds from a `google.rpc.RetryInfo` detail's `retryDelay` (e.g. `"31s"`). */
  retryDelaySeconds: number | undefined;
}

/**
 * The `ProviderError` for an error of the `@google/genai` SDK (one of ours passes through;
 * aborts never get here), built by the kit's `createProviderError`. An `ApiError` (an HTTP
 * error, or an error event inside a stream) carries only the status and the body as its
 * message: the message and canonical status come from that body, the headers from the exchange,
 * and a `RetryInfo` delay in the body becomes `retry-after` when the headers have none. Anything
 * else (a refused connection, a stream cut off) is a transport failure without status.
 */
export function toProviderError(
  error: unknown,
  exchange: GoogleExchange,
  partialText?: string | undefined,
): ProviderError {
  if (ProviderError.isInstance(error)) return error;
  const failure = { provider: PROVIDER, apiKey: exchange.apiKey, partialText, cause: error };
  if (error instanceof ApiError) {
    const body = errorBodyIn(error.message);
    const headers = Object.fromEntries(exchange.failureHeaders?.entries() ?? []);
    if (body?.retryDelaySeconds !== undefined && headers["retry-after"] === undefined) {
      headers["retry-after"] = String(Math.ceil(body.retryDelaySeconds));
    }
    const message =
      body?.message === undefined
        ? error.message
        : body.status === undefined
          ? body.message
          : `${body.status}: ${body.message}`;
    return createProviderError({ ...failure, status: error.status, message, headers });
  }
  return createProviderError(failure);
}

/** The error body inside an `ApiError` message (the JSON, possibly after a `got status: …` prefix). */
function errorBodyIn(message: string): GoogleErrorBody | undefined {
  const start = message.indexOf("{");
  const parsed = start === -1 ? undefined : safeJson(message.slice(start));
  const error = isRecord(parsed) ? parsed.error : undefined;
  if (!isRecord(error)) return undefined;
  const details = Array.isArray(error.details) ? error.details : [];
  const retryInfo = details.find(
    (detail) => isRecord(detail) && String(detail["@type"]).endsWith("google.rpc.RetryInfo"),
  );
  const delay = isRecord(retryInfo) ? Number.parseFloat(String(retryInfo.retryDelay)) : Number.NaN;
  return {
    message: typeof error.message === "string" ? error.message : undefined,
    status: typeof error.status === "string" ? error.status : undefined,
    retryDelaySeconds: Number.isFinite(delay) ? delay : undefined,
  };
}
