import { ProviderError, redactSecret } from "@instr/core";
import { safeJson } from "./safe-json.js";
import { wireError } from "./wire-schemas.js";

/** Where and how to reach the server. */
export interface Connection {
  /** Server root, e.g. `http://127.0.0.1:8080`: the request goes to `${baseURL}/v1/messages`. */
  baseURL: string;
  apiKey: string;
  /** Shown in errors, hooks and cache keys. Default `"anthropic-style"`. */
  provider?: string;
  /** `max_tokens` when the caller sets none (the wire requires it). Default 4096. */
  defaultMaxTokens?: number;
}

/** Headers worth keeping on an error: what a caller needs to decide when to retry. */
const isRetryHeader = (name: string): boolean =>
  name === "retry-after" ||
  name === "x-should-retry" ||
  name.startsWith("anthropic-ratelimit-") ||
  name.startsWith("x-ratelimit-");

/**
 * POSTs a Messages body. Resolves to the response when the status is 2xx; otherwise rejects
 * with a `ProviderError` carrying the status, whether a retry may help, the headers a retry
 * needs and the server's message with the API key taken out. An abort rejects with the
 * signal's reason, as `fetch` does.
 */
export async function postMessages(
  connection: Connection,
  provider: string,
  body: Record<string, unknown>,
  signal: AbortSignal | undefined,
): Promise<Response> {
  const { baseURL, apiKey } = connection;
  let response: Response;
  try {
    response = await fetch(`${baseURL}/v1/messages`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-api-key": apiKey,
        "anthropic-version": "2023-06-01",
      },
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
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (isRetryHeader(name)) headers[name] = value;
  });
  throw new ProviderError(`${provider}: ${response.status} ${message}`, {
    provider,
    status: response.status,
    // 529 (overloaded) is a 5xx too.
    isRetryable: response.status === 429 || response.status >= 500,
    headers,
  });
}
