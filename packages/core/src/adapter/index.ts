// The `@instr/core/adapter` entry point: the adapter specification (version 2, written out in
// docs/adapter-spec.md of the instr repository) and the kit every adapter is built from. Users of
// instr need only `@instr/core`; adapter authors import from here.

export { abortReason } from "../adapter-kit/abort-reason.js";
export { callProvider, type ProviderCallOptions } from "../adapter-kit/call-provider.js";
export {
  createProviderError,
  type FailureContext,
  type ProviderFailure,
} from "../adapter-kit/create-provider-error.js";
export { base64Of, imageMediaType, imageUrlOf, urlOf } from "../adapter-kit/data-content.js";
export { guardStream, type StreamGuardOptions } from "../adapter-kit/guard-stream.js";
export { isRetryableStatus } from "../adapter-kit/is-retryable-status.js";
export { parseProviderJson } from "../adapter-kit/parse-provider-json.js";
export { type PostJsonOptions, postJson } from "../adapter-kit/post-json.js";
export { providerOptionsFor } from "../adapter-kit/provider-options-for.js";
export {
  readServerSentEvents,
  type ServerSentEvent,
} from "../adapter-kit/read-server-sent-events.js";
export { redactError, redactSecret } from "../adapter-kit/redact-secret.js";
export { isRetryHeader, retryHeaders } from "../adapter-kit/retry-headers.js";
export { safeJson } from "../adapter-kit/safe-json.js";
export { systemText } from "../adapter-kit/system-text.js";
export * from "../errors/index.js";
export * from "../instructor-types/index.js";
export {
  dropNullOptionals,
  isStrictJsonSchema,
  rewriteStrictJsonSchema,
  type StrictDialect,
  type StrictKeywords,
  type StrictLimits,
  type StrictRewrite,
  type StrictTarget,
  toStrictJsonSchema,
  unsupportedKeywords,
} from "../schema/strict/index.js";
export type {
  AdapterRequest,
  AdapterResponse,
  AdapterSchema,
  AdapterStreamPart,
  FinishReason,
  InputKind,
  ProviderAdapter,
} from "../types/adapter.js";
export * from "../types/index.js";
export {
  finishReasonFromOpenAIChat,
  type OpenAIChatAudioPart,
  type OpenAIChatChunk,
  type OpenAIChatCompletion,
  type OpenAIChatContentPart,
  type OpenAIChatFilePart,
  type OpenAIChatImagePart,
  type OpenAIChatMessage,
  type OpenAIChatModeFields,
  type OpenAIChatResponseToolCall,
  type OpenAIChatTextPart,
  type OpenAIChatTool,
  type OpenAIChatToolCall,
  type OpenAIChatToolCallDelta,
  type OpenAIChatToolOptions,
  type OpenAIChatUsage,
  openAIChatModeFields,
  reasoningFromOpenAIChat,
  reasoningPartsFromOpenAIChat,
  responseFromOpenAIChat,
  streamPartsFromOpenAIChat,
  toOpenAIChatMessages,
  usageFromOpenAIChat,
} from "../wire/openai-chat/index.js";
