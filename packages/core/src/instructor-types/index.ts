// The types of the instructor's user API that name instr's errors: the methods and their
// parameters and results, hooks, stream events and batches. (The plain data types they build on
// are in `types/`, which the errors use too.)

export type {
  BatchItemResult,
  BatchOptions,
  BatchProgress,
  BatchRequests,
  BatchResult,
  BatchSummary,
} from "./batch.js";
export type {
  CacheHitEvent,
  CacheMissEvent,
  CompletionErrorEvent,
  CompletionKwargsEvent,
  CompletionResponseEvent,
  HookHandlers,
  HookName,
  LastAttemptEvent,
  ModeFallbackEvent,
  ParseErrorEvent,
  ReasoningEvent,
  RetryEvent,
} from "./hooks.js";
export type {
  GenerateParams,
  GenerateResult,
  GenerateStreamParams,
  Instructor,
  InstructorOptions,
  RetryConfig,
  RetryInfo,
} from "./instructor.js";
export type {
  ElementStreamEvent,
  GenerateStreamEvent,
  ItemsOf,
  StreamElementEvent,
  StreamErrorEvent,
  StreamFinalEvent,
  StreamPartialEvent,
  StreamReasoningEvent,
  StreamRetryEvent,
  StreamUsageEvent,
  ValueStreamEvent,
} from "./stream-event.js";
