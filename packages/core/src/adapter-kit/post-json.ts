import { z } from "zod";
import { ProviderError } from "../errors/provider-error.js";
import { redactSecret } from "./redact-secret.js";
import { safeJson } from "./safe-json.js";

/** What {@link postJson} sends, where, and how it reports a failure. */
export interface PostJsonOptions {
  /** The endpoint, e.g. `${baseURL}/chat/completions`. */
  url: string | URL;
  /** Request headers (auth, API version); `content-type: application/json` is always sent. */
  headers?: Record<string, string>;
  /** The request body, sent as `JSON.stringify(body)`. */
  body: unknown;
  /** Aborts the request; `postJson` then rejects with `signal.reason`, as `fetch` does. */
  signal?: AbortSignal | undefined;
  /** Provider name: the start of every error message and the error's `provider`. */
  provider: string;
  /** The API key, taken out of every error message (see `redactSecret`). */
  apiKey: string | null | undefined;
  /**
   * Which response headers (lower-case names) an error status keeps on the `ProviderError`:
   * those a caller needs to decide when to retry. Default: only `retry-after`.
   */
  keepHeader?: (name: string) => boolean;
}

/** An error body: OpenAI nests the message under `error`, some servers put it at the top. */
const errorBody = z.object({
  error: z.object({ message: z.string() }).optional(),
  message: z.string().optional(),
});

const onlyRetryAfter = (name: string): boolean => name === "retry-after";

/**
 * POSTs a JSON body with `fetch` and resolves to the response when its status is 2xx: the
 * plumbing of an adapter that speaks HTTP itself. Every failure rejects with a `ProviderError`
 * whose message has the API key taken out:
 *
 * - no answer at all (refused, reset, DNS): `` `${provider}: request failed: ${error}` ``,
 *   retryable;
 * - an error status: `` `${provider}: ${status} ${message}` `` with the server's message
 *   (`{ error: { message } }`, else `{ message }`, else the raw body text), `status`, the
 *   headers `keepHeader` picks, and `isRetryable` for 429 and 5xx.
 *
 * An abort rejects with the signal's reason, not a `ProviderError`, as `fetch` does.
 *
 * ```ts
 * const response = await postJson({
 *   url: `${baseURL}/chat/completions`,
 *   headers: { authorization: `Bearer ${apiKey}` },
 *   body: { model: request.model, messages },
 *   signal: request.signal,
 *   provider,
 *   apiKey,
 *   keepHeader: (name) => name === "retry-after" || name.startsWith("x-ratelimit-"),
 * });
 * ```
 */
export async function postJson(options: PostJsonOptions): Promise<Response> {
  const { url, headers, body, signal, provider, apiKey, keepHeader = onlyRetryAfter } = options;
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
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
  const parsed = errorBody.safeParse(safeJson(text));
  const message = redactSecret(parsed.data?.error?.message ?? parsed.data?.message ?? text, apiKey);
  const kept: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (keepHeader(name)) kept[name] = value;
  });
  throw new ProviderError(`${provider}: ${response.status} ${message}`, {
    provider,
    status: response.status,
    // Rate limits and server errors (529 "overloaded" is a 5xx too).
    isRetryable: response.status === 429 || response.status >= 500,
    headers: kept,
  });
}
