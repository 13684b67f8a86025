import type { TelemetryAttributes } from "../types/telemetry.js";
import type { Usage } from "../types/usage.js";

/**
 * Adds `gen_ai.usage.*` of one model call (an attempt span) to `attributes`; the details when
 * the provider gave them.
 */
export function addAttemptUsage(attributes: TelemetryAttributes, usage: Usage): void {
  attributes["gen_ai.usage.input_tokens"] = usage.promptTokens;
  attributes["gen_ai.usage.output_tokens"] = usage.completionTokens;
  if (usage.cachedPromptTokens !== undefined) {
    attributes["gen_ai.usage.cache_read.input_tokens"] = usage.cachedPromptTokens;
  }
  if (usage.reasoningTokens !== undefined) {
    attributes["gen_ai.usage.reasoning.output_tokens"] = usage.reasoningTokens;
  }
}

/**
 * Adds `instr.usage.*` to `attributes`: usage summed over every attempt of a call (the call
 * span). Kept apart from `gen_ai.usage.*` so a backend that adds up GenAI spans does not count a
 * call's tokens twice.
 */
export function addCallUsage(attributes: TelemetryAttributes, usage: Usage): void {
  attributes["instr.usage.input_tokens"] = usage.promptTokens;
  attributes["instr.usage.output_tokens"] = usage.completionTokens;
  attributes["instr.usage.total_tokens"] = usage.totalTokens;
  if (usage.cachedPromptTokens !== undefined) {
    attributes["instr.usage.cached_input_tokens"] = usage.cachedPromptTokens;
  }
  if (usage.reasoningTokens !== undefined) {
    attributes["instr.usage.reasoning_tokens"] = usage.reasoningTokens;
  }
}
