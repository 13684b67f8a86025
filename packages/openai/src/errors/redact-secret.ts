/** What replaces a secret in error text. */
export const redacted = "[redacted]";

/**
 * `text` with every occurrence of `secret` replaced. Secrets shorter than 8 characters are not
 * searched for: they cannot be real API keys, and replacing them would garble ordinary text.
 */
export function redactSecret(text: string, secret: string | null | undefined): string {
  if (!secret || secret.length < 8) return text;
  return text.replaceAll(secret, redacted);
}
