import type { AdapterRequest } from "../types/adapter.js";
import { canonicalJson } from "./canonical-json.js";

/** Everything that decides a model's answer: the request as sent, and who it is sent to. */
export type CacheKeyInput = Pick<
  AdapterRequest,
  | "model"
  | "mode"
  | "messages"
  | "schema"
  | "temperature"
  | "maxTokens"
  | "reasoningEffort"
  | "providerOptions"
> & { provider: string };

// Bump when the cached value's shape or the key's input changes, so old entries stop matching.
const version = "instr-cache-v1";

/**
 * The stable cache key of a request: the hex SHA-256 of its canonical JSON. Web Crypto, not
 * `node:crypto`, so the core keeps running in browsers and edge runtimes.
 */
export async function cacheKey(input: CacheKeyInput): Promise<string> {
  const { provider, model, mode, messages, schema, temperature, maxTokens, providerOptions } =
    input;
  // An absent effort is dropped by canonicalJson: keys of calls without one do not change.
  const { reasoningEffort } = input;
  const text = canonicalJson([
    version,
    {
      provider,
      model,
      mode,
      messages,
      schema,
      temperature,
      maxTokens,
      reasoningEffort,
      providerOptions,
    },
  ]);
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}
