/**
 * Span and metric attribute names: the OpenTelemetry GenAI semantic conventions (`gen_ai.*`,
 * `error.type`) and instr's own (`instr.*`). `docs/telemetry.md` says what each one holds.
 */
export const ATTR = {
  operationName: "gen_ai.operation.name",
  providerName: "gen_ai.provider.name",
  requestModel: "gen_ai.request.model",
  requestTemperature: "gen_ai.request.temperature",
  requestMaxTokens: "gen_ai.request.max_tokens",
  outputType: "gen_ai.output.type",
  responseModel: "gen_ai.response.model",
  responseId: "gen_ai.response.id",
  finishReasons: "gen_ai.response.finish_reasons",
  inputTokens: "gen_ai.usage.input_tokens",
  outputTokens: "gen_ai.usage.output_tokens",
  cachedInputTokens: "gen_ai.usage.cache_read.input_tokens",
  reasoningTokens: "gen_ai.usage.reasoning.output_tokens",
  tokenType: "gen_ai.token.type",
  inputMessages: "gen_ai.input.messages",
  outputMessages: "gen_ai.output.messages",
  errorType: "error.type",
  method: "instr.method",
  functionId: "instr.function_id",
  mode: "instr.mode",
  stream: "instr.stream",
  attempt: "instr.attempt",
  attempts: "instr.attempts",
  reaskReason: "instr.reask.reason",
  reaskKind: "instr.reask.kind",
  cacheHit: "instr.cache.hit",
  modeFallback: "instr.mode_fallback",
  errorRetryable: "instr.error.retryable",
  stoppedEarly: "instr.stream.stopped_early",
  usageInputTokens: "instr.usage.input_tokens",
  usageOutputTokens: "instr.usage.output_tokens",
  usageTotalTokens: "instr.usage.total_tokens",
  usageCachedInputTokens: "instr.usage.cached_input_tokens",
  usageReasoningTokens: "instr.usage.reasoning_tokens",
} as const;

/** `gen_ai.operation.name` of every model call instr makes. */
export const CHAT_OPERATION = "chat";

/** OpenTelemetry `SpanKind` and `SpanStatusCode` values (fixed by the specification). */
export const SPAN_KIND_INTERNAL = 0;
export const SPAN_KIND_CLIENT = 2;
export const STATUS_ERROR = 2;
