export { type FromGoogleOptions, fromGoogle } from "./from-google.js";
export { type GoogleAdapterOptions, googleAdapter } from "./google-adapter.js";
export {
  type CapabilityOverrides,
  type GoogleModelCapabilities,
  modelCapabilities,
  resolveCapabilities,
  type ThinkingControl,
} from "./model-capabilities.js";
