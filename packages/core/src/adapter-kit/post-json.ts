import { z } from "zod";
import { createProviderError } from "./create-provider-error.js";
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
}

/** An error body: OpenAI nests the message under `error`, some servers put it at the top. */
const errorBody = z.object({
  error: z.object({ message: z.string() }).optional(),
  message: z.string().optional(),
});

/**
 * POSTs a JSON body with `fetch` and resolves to the response when its status is 2xx: the
 * plumbing of an adapter that speaks HTTP itself. Every failure rejects with a `ProviderError`
 * whose message has the API key taken out:
 *
 * - no answer at all (refused, reset, DNS): `` `${provider}: request failed: ${error}` ``,
 *   retryable;
 * - an error status: `` `${provider}: ${status} ${message}` `` with the server's message
 *   (`{ error: { message } }`, else `{ message }`, else the raw body text), built by
 *   `createProviderError` (its retry rule and retry headers).
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
 * * });
 * ```
 */
export async function postJson(options: PostJsonOptions): Promise<Response> {
  const { url, headers, body, signal, provider, apiKey } = options;
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
    throw createProviderError({ provider, message: `request failed: ${String(error)}`, apiKey });
  }
  if (response.ok) return response;
  const text = await response.text();
  // Not JSON, or another shape: the raw text is the message.
  const parsed = errorBody.safeParse(safeJson(text));
  const message = parsed.data?.error?.message ?? parsed.data?.message ?? text;
  throw createProviderError({
    provider,
    status: response.status,
    message,
    headers: response.headers,
    apiKey,
  });
}
