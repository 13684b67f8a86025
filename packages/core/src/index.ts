// The public surface of @instr/core (the user API), named one by one so that a helper added to
// a folder's barrel does not become public by accident. `errors/` and `types/` are re-exported
// whole: every error class and user-facing type is public. What adapter authors need (the spec
// types and the adapter kit) is the `@instr/core/adapter` entry point (`adapter/index.ts`).

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
export * from "./instructor-types/index.js";
export { createMdJsonExtractor, type MdJsonExtractor } from "./json/md-json-extractor.js";
export {
  createPartialJsonParser,
  type PartialJsonParser,
  type PartialJsonParserOptions,
} from "./json/partial-json-parser.js";
export { jsonSchema } from "./schema/json-schema-model.js";
export { toJsonSchema } from "./schema/to-json-schema.js";
export * from "./types/index.js";
