const kept = ["retry-after", "retry-after-ms", "x-request-id", "x-should-retry"];

/** The response headers that matter for retrying and support: retry hints, rate limits, ids. */
export function relevantHeaders(
  headers: Record<string, string | null | undefined> | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const lower = name.toLowerCase();
    if (typeof value === "string" && (kept.includes(lower) || lower.startsWith("x-ratelimit-"))) {
      out[lower] = value;
    }
  }
  return out;
}
