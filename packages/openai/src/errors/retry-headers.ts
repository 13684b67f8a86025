const kept = new Set(["retry-after", "retry-after-ms", "x-request-id"]);

/** Response headers kept on a `ProviderError`: the ones a caller needs to retry or report. */
export function retryHeaders(headers: Headers | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  headers?.forEach((value, name) => {
    if (kept.has(name) || name.startsWith("x-ratelimit-")) result[name] = value;
  });
  return result;
}
