import type { Part } from "@google/genai";
import type { ProviderMetadata } from "@instr/core/adapter";

/** The adapter's name: its key in `providerOptions` and `providerMetadata`, and in errors. */
export const PROVIDER = "google";

/** What the adapter keeps in `providerMetadata.google` of a part, a tool call or a response. */
export interface GoogleMetadata {
  /** The `thoughtSignature` Gemini attached to the part, sent back with it on a re-ask. */
  thoughtSignature?: string;
  /** The call came without an `id` and the adapter made one up: it is not sent back. */
  syntheticId?: boolean;
}

/** `providerMetadata.google`, read defensively (it round-trips through the caller's hands). */
export function googleMetadataOf(metadata: ProviderMetadata | undefined): GoogleMetadata {
  const own = metadata?.[PROVIDER];
  if (own === undefined) return {};
  const { thoughtSignature, syntheticId } = own;
  return {
    ...(typeof thoughtSignature === "string" ? { thoughtSignature } : {}),
    ...(syntheticId === true ? { syntheticId } : {}),
  };
}

/** `providerMetadata` holding `metadata` under the adapter's key, or undefined when it is empty. */
export function toProviderMetadata(metadata: GoogleMetadata): ProviderMetadata | undefined {
  return Object.keys(metadata).length === 0 ? undefined : { [PROVIDER]: { ...metadata } };
}

/** The metadata of a wire part: its `thoughtSignature`, if any. */
export function metadataOfPart(part: Part): ProviderMetadata | undefined {
  return toProviderMetadata(
    part.thoughtSignature === undefined ? {} : { thoughtSignature: part.thoughtSignature },
  );
}

/** `part` with the `thoughtSignature` its metadata holds, as it came from Gemini. */
export function signed(part: Part, metadata: ProviderMetadata | undefined): Part {
  const { thoughtSignature } = googleMetadataOf(metadata);
  return thoughtSignature === undefined ? part : { ...part, thoughtSignature };
}
