export { type AnthropicAdapterOptions, anthropicAdapter } from "./anthropic-adapter.js";
export { fromAnthropic } from "./from-anthropic.js";
export {
  type AnthropicCapabilityOverrides,
  type AnthropicModelCapabilities,
  anthropicModelCapabilities,
  anthropicModelTable,
  defaultAnthropicCapabilities,
} from "./model-capabilities.js";
export { THINKING_BUDGETS } from "./thinking-budget.js";
export { DEFAULT_MAX_TOKENS } from "./to-request-body.js";
