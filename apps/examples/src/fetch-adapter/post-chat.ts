import { postJson } from "@instr/core/adapter";

/** Where and how to reach the server. */
export interface Connection {
  /** e.g. `http://127.0.0.1:8080/v1`: the request goes to `${baseURL}/chat/completions`. */
  baseURL: string;
  apiKey: string;
  provider: string;
}

/**
 * POSTs a chat completions body with core's `postJson`: the response when the status is 2xx,
 * otherwise a `ProviderError` with the status, whether a retry may help, `retry-after` and the
 * server's message with the API key taken out. An abort rejects with the signal's reason.
 */
export function postChat(
  { baseURL, apiKey, provider }: Connection,
  body: Record<string, unknown>,
  signal: AbortSignal | undefined,
): Promise<Response> {
  return postJson({
    url: `${baseURL}/chat/completions`,
    headers: { authorization: `Bearer ${apiKey}` },
    body,
    signal,
    provider,
    apiKey,
  });
}
