import { ProviderError, redactSecret } from "@instr/core";
import { safeJson } from "./safe-json.js";
import { wireError } from "./wire-schemas.js";

/** Where and how to reach the server. */
export interface Connection {
  /** e.g. `http://127.0.0.1:8080/v1`: the request goes to `${baseURL}/chat/completions`. */
  baseURL: string;
  apiKey: string;
  provider: string;
}

/**
 * POSTs a chat completions body. Resolves to the response when the status is 2xx; otherwise
 * rejects with a `ProviderError` carrying the status, whether a retry may help, the headers a
 * retry needs and the server's message with the API key taken out. An abort rejects with the
 * signal's reason, as `fetch` does.
 */
export async function postChat(
  connection: Connection,
  body: Record<string, unknown>,
  signal: AbortSignal | undefined,
): Promise<Response> {
  const { baseURL, apiKey, provider } = connection;
  let response: Response;
  try {
    response = await fetch(`${baseURL}/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}` },
      body: JSON.stringify(body),
      ...(signal === undefined ? {} : { signal }),
    });
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    // No answer at all (refused, reset, DNS): sending again may work.
    throw new ProviderError(`${provider}: request failed: ${redactSecret(String(error), apiKey)}`, {
      provider,
      isRetryable: true,
    });
  }
  if (response.ok) return response;
  const text = await response.text();
  // Not JSON, or another shape: the raw text is the message.
  const parsed = wireError.safeParse(safeJson(text));
  const message = redactSecret(parsed.data?.error?.message ?? parsed.data?.message ?? text, apiKey);
  const retryAfter = response.headers.get("retry-after");
  throw new ProviderError(`${provider}: ${response.status} ${message}`, {
    provider,
    status: response.status,
    isRetryable: isRetryableStatus(response.status),
    headers: retryAfter === null ? {} : { "retry-after": retryAfter },
  });
}

/** Whether sending again may help: rate limits and server errors (no status: no answer at all). */
export function isRetryableStatus(status: number | undefined): boolean {
  return status === undefined || status === 429 || status >= 500;
}
