import type Cerebras from "@cerebras/cerebras_cloud_sdk";
import { Mode, type ProviderAdapter } from "@instr/core/adapter";
import { transformCerebrasSchema } from "../dialect/transform-schema.js";
import { type CapabilityOverrides, resolveCapabilities } from "../models/capabilities.js";
import { reasoningEffortsOf } from "../models/reasoning-efforts-of.js";
import type { CerebrasCompletion } from "../response/wire-response.js";
import { completeRequest } from "./complete-request.js";
import { streamRequest } from "./stream-request.js";

/** Options of {@link cerebrasAdapter}. */
export interface CerebrasAdapterOptions {
  /** The mode used when neither the call nor the instructor names one. Default: JSON_SCHEMA. */
  defaultMode?: Mode;
  /** Per-model corrections of the built-in capability table, e.g. `{ "my-model": { forcedToolChoice: false } }`. */
  capabilities?: CapabilityOverrides;
}

/** Every mode works on Cerebras; JSON_SCHEMA first, as the default. */
const supportedModes: readonly Mode[] = [Mode.JSON_SCHEMA, Mode.TOOLS, Mode.JSON, Mode.MD_JSON];

/**
 * A `ProviderAdapter` over a `@cerebras/cerebras_cloud_sdk` client. Transport retries (429, 5xx,
 * with `retry-after`) stay with the client: configure them with its `maxRetries`.
 */
export function cerebrasAdapter(
  client: Cerebras,
  options: CerebrasAdapterOptions = {},
): ProviderAdapter<CerebrasCompletion> {
  const capabilitiesOf = (model: string) => resolveCapabilities(model, options.capabilities);
  return {
    specificationVersion: "v2",
    provider: "cerebras",
    defaultMode: options.defaultMode ?? Mode.JSON_SCHEMA,
    supportedModes,
    inputKinds: (model) => capabilitiesOf(model).inputKinds,
    reasoningEfforts: (model) => reasoningEffortsOf(capabilitiesOf(model)),
    transformSchema: (schema, mode) => transformCerebrasSchema(schema, mode, supportedModes),
    complete: (request) => completeRequest(client, request, capabilitiesOf(request.model)),
    stream: (request) => streamRequest(client, request, capabilitiesOf(request.model)),
  };
}
