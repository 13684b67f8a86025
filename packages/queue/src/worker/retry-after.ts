/**
 * How long a rate-limited provider asked us to wait, from its response headers (lower-case
 * names): `retry-after-ms`, then `retry-after` in seconds or as an HTTP date. Undefined when
 * neither is present or readable.
 */
export function retryAfterMs(
  headers: Readonly<Record<string, string>>,
  now: number = Date.now(),
): number | undefined {
  const ms = Number.parseFloat(headers["retry-after-ms"] ?? "");
  if (Number.isFinite(ms) && ms >= 0) return Math.ceil(ms);
  const value = headers["retry-after"];
  if (value === undefined) return undefined;
  if (value.trim() === "") return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds >= 0 ? Math.ceil(seconds * 1000) : undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
