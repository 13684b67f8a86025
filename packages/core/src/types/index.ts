export type {
  BatchItemResult,
  BatchOptions,
  BatchProgress,
  BatchRequests,
  BatchResult,
  BatchSummary,
} from "./batch.js";
export type { CacheStore } from "./cache.js";
export type {
  DataContent,
  FilePart,
  ImagePart,
  ReasoningPart,
  SystemContent,
  TextPart,
  UserContent,
  UserContentPart,
} from "./content-part.js";
export type { DeepPartial } from "./deep-partial.js";
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
export type { JsonLimits } from "./json-limits.js";
export type { JsonSchema } from "./json-schema.js";
export type { Message, ToolCall } from "./message.js";
export { Mode } from "./mode.js";
export type { ProviderMetadata, ProviderOptions } from "./provider-metadata.js";
export { ReasoningEffort } from "./reasoning-effort.js";
export type {
  JsonSchemaConverter,
  PartialResponseOf,
  ResponseInputOf,
  ResponseModel,
  ResponseOf,
} from "./response-model.js";
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
  StreamShapeEvent,
  StreamUsageEvent,
  ValueStreamEvent,
} from "./stream-event.js";
export type {
  TelemetryAttributes,
  TelemetryAttributeValue,
  TelemetryInstrumentOptions,
  TelemetryMeter,
  TelemetryOptions,
  TelemetrySetting,
  TelemetrySpan,
  TelemetrySpanContext,
  TelemetrySpanOptions,
  TelemetryTracer,
} from "./telemetry.js";
export type { Usage } from "./usage.js";
export type { StandardValidationIssue, ValidationIssue } from "./validation-issue.js";
