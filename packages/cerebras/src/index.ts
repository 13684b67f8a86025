export { type CerebrasAdapterOptions, cerebrasAdapter } from "./adapter/cerebras-adapter.js";
export { cerebrasStrictDialect } from "./dialect/cerebras-strict-dialect.js";
export { transformCerebrasSchema } from "./dialect/transform-schema.js";
export { fromCerebras } from "./from-cerebras.js";
export {
  type CapabilityOverrides,
  type CerebrasModelCapabilities,
  type CerebrasModelLimits,
  type CerebrasReasoningEffort,
  defaultCapabilities,
  modelCapabilities,
  resolveCapabilities,
} from "./models/capabilities.js";
export type { CerebrasModelId } from "./models/model-id.js";
export { type CerebrasTimeInfo, getTimeInfo } from "./response/time-info.js";
export type { CerebrasCompletion } from "./response/wire-response.js";
