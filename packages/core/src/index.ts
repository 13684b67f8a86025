export { rateLimitDelayMs } from "./batch/rate-limit-delay.js";
export { type CacheKeyInput, cacheKey } from "./cache/cache-key.js";
export { createMemoryCache, type MemoryCacheOptions } from "./cache/memory-cache.js";
export * from "./errors/index.js";
export { createInstructor } from "./instructor/create-instructor.js";
export * from "./json/index.js";
export { toJsonSchema } from "./schema/to-json-schema.js";
export * from "./types/index.js";
