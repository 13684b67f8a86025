const kept: ReadonlySet<string> = new Set([
  "retry-after",
  "retry-after-ms",
  "x-request-id",
  "request-id",
  "x-should-retry",
]);

/** Whether a response header (lower-case name) belongs on a `ProviderError`. */
export function isRetryHeader(name: string): boolean {
  return kept.has(name) || name.startsWith("x-ratelimit-") || name.includes("-ratelimit-");
}

/**
 * The response headers a `ProviderError` keeps: retry hints (`retry-after`, `retry-after-ms`,
 * `x-should-retry`), rate limits (`x-ratelimit-*`, `anthropic-ratelimit-*`, …) and request ids,
 * with lower-case names. Takes a `Headers` object or a plain record (as SDK errors carry them).
 */
export function retryHeaders(
  headers: Headers | Readonly<Record<string, string | null | undefined>> | null | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers == null) return out;
  const entries = headers instanceof Headers ? headers.entries() : Object.entries(headers);
  for (const [name, value] of entries) {
    const lower = name.toLowerCase();
    if (typeof value === "string" && isRetryHeader(lower)) out[lower] = value;
  }
  return out;
}
