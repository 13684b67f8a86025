export { type AnthropicAdapterOptions, anthropicAdapter } from "./anthropic-adapter.js";
export { fromAnthropic } from "./from-anthropic.js";
export { hasStructuredOutputs } from "./models/structured-output-models.js";
export { DEFAULT_MAX_TOKENS } from "./request/to-message-params.js";
