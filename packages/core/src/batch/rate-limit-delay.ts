const cerebrasReset = /^x-ratelimit-reset-(requests|tokens)-(\w+)$/;

/**
 * How long to wait before retrying, read from a rate-limit response's headers, in milliseconds;
 * undefined when no header says. Understands `retry-after-ms`, `retry-after` (seconds or an HTTP
 * date) and Cerebras' `x-ratelimit-reset-{requests,tokens}-{window}` (seconds): when some
 * `x-ratelimit-remaining-…` of a window is exhausted, wait for the latest of those resets,
 * otherwise for the earliest reset.
 */
export function rateLimitDelayMs(
  headers: Readonly<Record<string, string>>,
  now: number,
): number | undefined {
  const lower = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v.trim()]));

  const retryAfterMs = parseSeconds(lower.get("retry-after-ms"));
  if (retryAfterMs !== undefined) return retryAfterMs;

  const retryAfter = lower.get("retry-after");
  if (retryAfter !== undefined) {
    const seconds = parseSeconds(retryAfter);
    if (seconds !== undefined) return seconds * 1000;
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }

  const resets: { ms: number; exhausted: boolean }[] = [];
  for (const [name, value] of lower) {
    const match = cerebrasReset.exec(name);
    const seconds = parseSeconds(value);
    if (!match || seconds === undefined) continue;
    const remaining = parseSeconds(lower.get(`x-ratelimit-remaining-${match[1]}-${match[2]}`));
    resets.push({ ms: seconds * 1000, exhausted: remaining !== undefined && remaining <= 0 });
  }
  const exhausted = resets.filter((r) => r.exhausted);
  if (exhausted.length > 0) return Math.max(...exhausted.map((r) => r.ms));
  if (resets.length > 0) return Math.min(...resets.map((r) => r.ms));
  return undefined;
}

function parseSeconds(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+(\.\d+)?$/.test(value)) return undefined;
  return Number(value);
}
