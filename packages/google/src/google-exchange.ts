import type { Fetch } from "@google/genai";
import { isRecord } from "./is-record.js";
import { mergeUnder } from "./merge-under.js";

/**
 * One request's HTTP exchange, seen through the `fetch` the adapter gives the SDK for it
 * (`httpOptions.fetch`): the SDK's `ApiError` keeps only the status and body of a failure, so
 * the headers (`retry-after`, rate limits, request ids) are read here; the key the request
 * carried is noted so no error repeats it; and the caller's `providerOptions.google` are laid
 * under the JSON body the SDK built.
 */
export interface GoogleExchange {
  readonly fetch: Fetch;
  /** The API key (`x-goog-api-key`) or bearer token the request carried. */
  readonly apiKey: string | undefined;
  /** The response headers, when the answer was an HTTP error. */
  readonly failureHeaders: Headers | undefined;
}

/** A fresh exchange over `baseFetch`, with `providerOptions` to put under the request body. */
export function openExchange(
  baseFetch: Fetch,
  providerOptions: Readonly<Record<string, unknown>>,
): GoogleExchange {
  let apiKey: string | undefined;
  let failureHeaders: Headers | undefined;
  return {
    get apiKey() {
      return apiKey;
    },
    get failureHeaders() {
      return failureHeaders;
    },
    async fetch(input, init) {
      const headers = new Headers(init?.headers);
      apiKey =
        headers.get("x-goog-api-key") ??
        headers.get("authorization")?.replace(/^Bearer\s+/i, "") ??
        undefined;
      const response = await baseFetch(input, withOptions(init, providerOptions));
      if (!response.ok) failureHeaders = response.headers;
      return response;
    },
  };
}

function withOptions(
  init: RequestInit | undefined,
  providerOptions: Readonly<Record<string, unknown>>,
): RequestInit | undefined {
  if (Object.keys(providerOptions).length === 0 || typeof init?.body !== "string") return init;
  const body: unknown = JSON.parse(init.body);
  if (!isRecord(body)) return init;
  return { ...init, body: JSON.stringify(mergeUnder(body, providerOptions)) };
}
