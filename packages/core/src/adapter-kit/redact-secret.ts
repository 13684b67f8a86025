/** What {@link redactSecret} puts where a secret was. */
const redacted = "[redacted]";

/** Tokens shaped like provider API keys (`sk-…`, `sk-ant-…`, `sk-proj-…`, `csk-…`). */
const keyShaped = /\b(?:sk|csk)-[A-Za-z0-9_-]{12,}/g;

/**
 * `text` with every occurrence of `secret` (an API key), and any other token shaped like a
 * provider key (`sk-…`, `csk-…`), replaced by `[redacted]`. Providers sometimes repeat the key
 * in an error message (a 401 quoting it), and transport errors may carry request details:
 * adapters pass every text that ends up in a `ProviderError` (message, cause) through this
 * (`createProviderError` and `redactError` do). A missing secret, or one shorter than 8
 * characters, is not searched for: it cannot be a real key, and replacing it would garble
 * ordinary text.
 *
 * ```ts
 * throw new ProviderError(`${provider}: ${status} ${redactSecret(message, apiKey)}`, { … });
 * ```
 */
export function redactSecret(text: string, secret: string | null | undefined): string {
  const scrubbed = !secret || secret.length < 8 ? text : text.replaceAll(secret, redacted);
  return scrubbed.replace(keyShaped, redacted);
}

/**
 * Scrubs the key from an error and its causes, in place: `message`, `stack`, and every own field
 * an SDK copies from the provider's error body (`error`, `code`, `param`, `type`…: providers may
 * echo the key in any of them). Use it on an SDK error before it becomes a `ProviderError`'s
 * `cause`, which loggers print.
 */
export function redactError(error: unknown, secret: string | null | undefined, depth = 0): void {
  if (!(error instanceof Error) || depth > 4) return;
  error.message = redactSecret(error.message, secret);
  if (error.stack !== undefined) error.stack = redactSecret(error.stack, secret);
  for (const key of Object.keys(error)) {
    Reflect.set(error, key, redactValue(Reflect.get(error, key), secret, 0));
  }
  redactError(error.cause, secret, depth + 1);
}

/**
 * A copy of a parsed body (strings, arrays, plain objects) with the key taken out; anything else
 * (errors, headers, class instances) as it is. Bounded depth, so a cycle cannot hang it.
 */
function redactValue(value: unknown, secret: string | null | undefined, depth: number): unknown {
  if (typeof value === "string") return redactSecret(value, secret);
  if (value === null || typeof value !== "object" || depth > 8) return value;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secret, depth + 1));
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, redactValue(item, secret, depth + 1)]),
  );
}
