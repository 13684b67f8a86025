export { type CerebrasAdapterOptions, cerebrasAdapter } from "./cerebras-adapter.js";
export { cerebrasStrictDialect } from "./cerebras-strict-dialect.js";
export type { CerebrasCompletion } from "./expect-wire-shape.js";
export { fromCerebras } from "./from-cerebras.js";
export {
  type CapabilityOverrides,
  type CerebrasModelCapabilities,
  type CerebrasModelLimits,
  type CerebrasReasoningEffort,
  defaultCapabilities,
  modelCapabilities,
  resolveCapabilities,
} from "./model-capabilities.js";
export type { CerebrasModelId } from "./model-id.js";
export { type CerebrasTimeInfo, getTimeInfo } from "./time-info.js";
export { transformCerebrasSchema } from "./transform-cerebras-schema.js";
