import type { SharedV3ProviderOptions } from "@ai-sdk/provider";
import { isJSONObject } from "@ai-sdk/provider";
import type { ProviderMetadata, ProviderOptions } from "@instr/core/adapter";

/**
 * Our per-provider records as the spec's `providerOptions`. The spec allows only JSON values; a
 * record that is not one (a function, a class instance) cannot cross the wire and is left out.
 */
export function toSharedOptions(
  metadata: ProviderMetadata | ProviderOptions | undefined,
): SharedV3ProviderOptions | undefined {
  if (metadata === undefined) return undefined;
  const shared: SharedV3ProviderOptions = {};
  for (const [provider, record] of Object.entries(metadata)) {
    if (isJSONObject(record)) shared[provider] = record;
  }
  return shared;
}
