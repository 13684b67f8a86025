import type { SharedV3ProviderOptions } from "@ai-sdk/provider";
import { isJSONObject } from "@ai-sdk/provider";
import type { ProviderMetadata } from "@instr/core/adapter";

/**
 * `providerMetadata` the model attached to its answer (reasoning signatures, message ids), as the
 * spec's `providerOptions` on the turn the re-ask sends back: the same per-provider records. The
 * spec allows only JSON values; a record that is not one (none a provider package writes) cannot
 * cross the wire and is left out.
 */
export function toSharedProviderOptions(
  metadata: ProviderMetadata | undefined,
): SharedV3ProviderOptions | undefined {
  if (metadata === undefined) return undefined;
  const shared: SharedV3ProviderOptions = {};
  for (const [provider, record] of Object.entries(metadata)) {
    if (isJSONObject(record)) shared[provider] = record;
  }
  return shared;
}
