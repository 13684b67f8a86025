/**
 * A provider's family of rate-limit windows: the header naming when a window resets, the
 * header with what is left of that window, and how a reset value reads in milliseconds.
 */
interface WindowHeaders {
  reset: RegExp;
  remaining: (match: RegExpExecArray) => string;
  resetMs: (value: string, now: number) => number | undefined;
}

const windowFamilies: readonly WindowHeaders[] = [
  {
    // Cerebras: x-ratelimit-reset-tokens-minute: 11.5 (seconds)
    reset: /^x-ratelimit-reset-(requests|tokens)-(\w+)$/,
    remaining: ([, kind, window]) => `x-ratelimit-remaining-${kind}-${window}`,
    resetMs: (value) => secondsMs(value),
  },
  {
    // OpenAI: x-ratelimit-reset-tokens: 6m0s (a duration: h, m, s, ms)
    reset: /^x-ratelimit-reset-(requests|tokens)$/,
    remaining: ([, kind]) => `x-ratelimit-remaining-${kind}`,
    resetMs: (value) => durationMs(value),
  },
  {
    // Anthropic: anthropic-ratelimit-input-tokens-reset: 2026-01-01T00:00:07Z (RFC 3339)
    reset: /^anthropic-ratelimit-([a-z-]+)-reset$/,
    remaining: ([, kind]) => `anthropic-ratelimit-${kind}-remaining`,
    resetMs: (value, now) => dateMs(value, now),
  },
];

/**
 * How long to wait before retrying, read from a rate-limit response's headers, in milliseconds;
 * undefined when no header says. Understands `retry-after-ms`, `retry-after` (seconds or an HTTP
 * date), Cerebras' `x-ratelimit-reset-{requests,tokens}-{window}` (seconds), OpenAI's
 * `x-ratelimit-reset-{requests,tokens}` (durations such as `6m0s`) and Anthropic's
 * `anthropic-ratelimit-{requests,tokens,input-tokens,output-tokens}-reset` (RFC 3339 dates): when
 * the matching `…-remaining` of some window is exhausted, wait for the latest of those resets,
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
    const ms = secondsMs(retryAfter) ?? dateMs(retryAfter, now);
    if (ms !== undefined) return ms;
  }

  const resets: { ms: number; exhausted: boolean }[] = [];
  for (const [name, value] of lower) {
    for (const family of windowFamilies) {
      const match = family.reset.exec(name);
      const ms = match ? family.resetMs(value, now) : undefined;
      if (!match || ms === undefined) continue;
      const remaining = parseSeconds(lower.get(family.remaining(match)));
      resets.push({ ms, exhausted: remaining !== undefined && remaining <= 0 });
    }
  }
  const exhausted = resets.filter((r) => r.exhausted);
  if (exhausted.length > 0) return Math.max(...exhausted.map((r) => r.ms));
  if (resets.length > 0) return Math.min(...resets.map((r) => r.ms));
  return undefined;
}

function secondsMs(value: string): number | undefined {
  const seconds = parseSeconds(value);
  return seconds === undefined ? undefined : seconds * 1000;
}

const durationUnits: Readonly<Record<string, number>> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 };

/** A duration as OpenAI writes it (`1s`, `6m0s`, `20ms`, `1h2m3.5s`) in milliseconds. */
function durationMs(value: string): number | undefined {
  if (!/^(\d+(\.\d+)?(h|ms|m|s))+$/.test(value)) return undefined;
  let ms = 0;
  for (const [, amount, unit] of value.matchAll(/(\d+(?:\.\d+)?)(h|ms|m|s)/g)) {
    ms += Number(amount) * (durationUnits[unit ?? ""] ?? 0);
  }
  return ms;
}

/** Milliseconds from `now` until a date (HTTP date or RFC 3339), never negative. */
function dateMs(value: string, now: number): number | undefined {
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function parseSeconds(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+(\.\d+)?$/.test(value)) return undefined;
  return Number(value);
}
