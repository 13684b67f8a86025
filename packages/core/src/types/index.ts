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
