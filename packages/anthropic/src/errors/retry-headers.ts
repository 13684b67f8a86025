const kept = new Set(["retry-after", "retry-after-ms", "request-id", "x-should-retry"]);

/**
 * Response headers kept on a `ProviderError`: `retry-after` and Anthropic's
 * `anthropic-ratelimit-*` (requests, tokens, input and output tokens: limit, remaining, reset),
 * which a batch pool reads to pause, and the request id for support.
 */
export function retryHeaders(headers: Headers | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  headers?.forEach((value, name) => {
    if (kept.has(name) || name.startsWith("anthropic-ratelimit-")) result[name] = value;
  });
  return result;
}
