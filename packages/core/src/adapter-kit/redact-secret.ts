/** What {@link redactSecret} puts where the secret was. */
const redacted = "[redacted]";

/**
 * `text` with every occurrence of `secret` (an API key) replaced by `[redacted]`. Providers
 * sometimes repeat the key in an error message (a 401 quoting it), and transport errors may
 * carry request details: adapters pass every text that ends up in a `ProviderError` (message,
 * cause) through this. A missing secret, or one shorter than 8 characters, is not searched
 * for: it cannot be a real key, and replacing it would garble ordinary text.
 *
 * ```ts
 * throw new ProviderError(`${provider}: ${status} ${redactSecret(message, apiKey)}`, { … });
 * ```
 */
export function redactSecret(text: string, secret: string | null | undefined): string {
  if (!secret || secret.length < 8) return text;
  return text.replaceAll(secret, redacted);
}
