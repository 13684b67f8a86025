// The public surface of @instr/core, named one by one so that a helper added to a folder's
// barrel does not become public by accident. `errors/` and `types/` are the spec itself (every
// error class and spec type is public), so they are re-exported whole.

export { isRetryableStatus } from "./adapter-kit/is-retryable-status.js";
export { parseProviderJson } from "./adapter-kit/parse-provider-json.js";
export { type PostJsonOptions, postJson } from "./adapter-kit/post-json.js";
export {
  readServerSentEvents,
  type ServerSentEvent,
} from "./adapter-kit/read-server-sent-events.js";
export { redactSecret } from "./adapter-kit/redact-secret.js";
export { errorToJson, rawOutputOf } from "./batch/failure-details.js";
export { rateLimitDelayMs } from "./batch/rate-limit-delay.js";
export { type CacheKeyInput, cacheKey } from "./cache/cache-key.js";
export { canonicalJson } from "./cache/canonical-json.js";
export { createMemoryCache, type MemoryCacheOptions } from "./cache/memory-cache.js";
export * from "./errors/index.js";
export type { EventStreamEvent } from "./event-stream/event-stream-event.js";
export {
  type ReadEventStreamOptions,
  readEventStream,
} from "./event-stream/read-event-stream.js";
export { type ToEventStreamOptions, toEventStream } from "./event-stream/to-event-stream.js";
export { toResponse } from "./event-stream/to-response.js";
export { createInstructor } from "./instructor/create-instructor.js";
export { createMdJsonExtractor, type MdJsonExtractor } from "./json/md-json-extractor.js";
export {
  createPartialJsonParser,
  type PartialJsonParser,
  type PartialJsonParserOptions,
} from "./json/partial-json-parser.js";
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
} from "./schema/strict/index.js";
export { toJsonSchema } from "./schema/to-json-schema.js";
export * from "./types/index.js";
export {
  type OpenAIChatMessage,
  type OpenAIChatModeFields,
  type OpenAIChatTool,
  type OpenAIChatToolCall,
  type OpenAIChatToolOptions,
  openAIChatModeFields,
  toOpenAIChatMessages,
} from "./wire/openai-chat/index.js";
