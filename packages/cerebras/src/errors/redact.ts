import { redactSecret } from "@instr/core/adapter";

// Cerebras keys look like `csk-…`; any such token is scrubbed, not only the client's own key.
const keyPattern = /csk-[A-Za-z0-9_-]{8,}/g;

/** `text` with `apiKey` and anything shaped like a Cerebras key replaced by `[redacted]`. */
export function redact(text: string, apiKey: string): string {
  return redactSecret(text, apiKey).replace(keyPattern, "[redacted]");
}

/**
 * Scrubs the key from an SDK error (and its causes) in place: `message`, `stack`, and the parsed
 * error body Cerebras may echo. The error becomes a `ProviderError`'s `cause`, which loggers print.
 */
export function redactError(error: unknown, apiKey: string, depth = 0): void {
  if (!(error instanceof Error) || depth > 4) return;
  error.message = redact(error.message, apiKey);
  if (error.stack !== undefined) error.stack = redact(error.stack, apiKey);
  const body: unknown = Reflect.get(error, "error");
  if (body !== undefined && body !== null) {
    Reflect.set(error, "error", JSON.parse(redact(JSON.stringify(body), apiKey)));
  }
  redactError(error.cause, apiKey, depth + 1);
}
