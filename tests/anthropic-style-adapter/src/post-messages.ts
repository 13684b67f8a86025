import { postJson } from "@instr/core/adapter";

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

/**
 * POSTs a Messages body with core's `postJson`: the response when the status is 2xx, otherwise
 * a `ProviderError` with the status, whether a retry may help (408, 409, 429 and 5xx, 529
 * "overloaded" included, unless `x-should-retry` says otherwise), the retry and rate-limit
 * headers (`anthropic-ratelimit-*` too) and the server's message with the API key taken out. An abort rejects with the signal's reason.
 */
export function postMessages(
  { baseURL, apiKey }: Connection,
  provider: string,
  body: Record<string, unknown>,
  signal: AbortSignal | undefined,
): Promise<Response> {
  return postJson({
    url: `${baseURL}/v1/messages`,
    headers: { "x-api-key": apiKey, "anthropic-version": "2023-06-01" },
    body,
    signal,
    provider,
    apiKey,
  });
}
