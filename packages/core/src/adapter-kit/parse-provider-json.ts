import type { z } from "zod";
import { ProviderError } from "../errors/provider-error.js";
import { safeJson } from "./safe-json.js";

/**
 * Parses a provider's JSON `text` (a response body, one server-sent event's `data`) with a zod
 * wire `schema` and returns the parsed value. Text that is not JSON, or JSON of another shape,
 * is the provider's fault, not the caller's: it throws a non-retryable `ProviderError`
 * `` `${provider}: unexpected response: ${zod's message}` ``. Parsing the wire with a small
 * schema turns a malformed answer into that clear error instead of a `TypeError` later on.
 *
 * ```ts
 * const raw = parseProviderJson(wireCompletion, await response.text(), provider);
 * ```
 */
export function parseProviderJson<T>(schema: z.ZodType<T>, text: string, provider: string): T {
  const result = schema.safeParse(safeJson(text));
  if (result.success) return result.data;
  throw new ProviderError(`${provider}: unexpected response: ${result.error.message}`, {
    provider,
    isRetryable: false,
  });
}
