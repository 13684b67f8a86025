// The `./fetch-adapter.js` module docs/custom-adapters.md builds (apps/examples/src/fetch-adapter).
import type { ProviderAdapter } from "@instr/core/adapter";

export declare function fetchAdapter(connection: {
  baseURL: string;
  apiKey: string;
  provider: string;
}): ProviderAdapter;
