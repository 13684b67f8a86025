/**
 * Opaque data an adapter attaches to a response, a part or a message, keyed by provider name
 * (e.g. `{ anthropic: { signature: "…" } }`). Core never reads it: it keeps it on the assistant
 * turn it builds for a re-ask, so the adapter gets it back unchanged.
 */
export type ProviderMetadata = Record<string, Record<string, unknown>>;

/**
 * Extra request fields per provider: `{ cerebras: { seed: 1 }, openai: { seed: 7 } }`. An adapter
 * reads only its own key; the fields core sets for the mode always win over them.
 */
export type ProviderOptions = Record<string, Record<string, unknown>>;
