export { type CerebrasAdapterOptions, cerebrasAdapter } from "./adapter/cerebras-adapter.js";
export { dropNullOptionals } from "./dialect/drop-null-optionals.js";
export { strictLimits } from "./dialect/strict-limits.js";
export { transformCerebrasSchema } from "./dialect/transform-schema.js";
export { STRICT_SCHEMA_DOCS, UnsupportedSchemaError } from "./dialect/unsupported-schema-error.js";
export { fromCerebras } from "./from-cerebras.js";
export {
  type CapabilityOverrides,
  type CerebrasModelCapabilities,
  defaultCapabilities,
  modelCapabilities,
  resolveCapabilities,
} from "./models/capabilities.js";
export type { CerebrasModelId } from "./models/model-id.js";
export { type CerebrasTimeInfo, getTimeInfo } from "./response/time-info.js";
