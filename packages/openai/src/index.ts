export { fromOpenAI } from "./from-openai.js";
export { type OpenAIAdapterOptions, openaiAdapter } from "./openai-adapter.js";
export { openaiStrictDialect } from "./openai-strict-dialect.js";
