import type { TelemetryAttributes } from "../types/telemetry.js";
import type { Usage } from "../types/usage.js";

/** Which `Usage` counts a span reports, each under its attribute name. */
type UsageAttributeNames = readonly (readonly [keyof Usage, string])[];

/** `gen_ai.usage.*`: what the OpenTelemetry GenAI conventions name for one model call. */
const attemptUsageNames: UsageAttributeNames = [
  ["promptTokens", "gen_ai.usage.input_tokens"],
  ["completionTokens", "gen_ai.usage.output_tokens"],
  ["cachedPromptTokens", "gen_ai.usage.cache_read.input_tokens"],
  ["reasoningTokens", "gen_ai.usage.reasoning.output_tokens"],
];

/** `instr.usage.*`: a call's usage summed over its attempts, total included. */
const callUsageNames: UsageAttributeNames = [
  ["promptTokens", "instr.usage.input_tokens"],
  ["completionTokens", "instr.usage.output_tokens"],
  ["totalTokens", "instr.usage.total_tokens"],
  ["cachedPromptTokens", "instr.usage.cached_input_tokens"],
  ["reasoningTokens", "instr.usage.reasoning_tokens"],
];

/** Adds each count of `usage` that is there (the details only when the provider gave them). */
function addUsage(attributes: TelemetryAttributes, usage: Usage, names: UsageAttributeNames): void {
  for (const [field, name] of names) {
    const count = usage[field];
    if (count !== undefined) attributes[name] = count;
  }
}

/**
 * Adds `gen_ai.usage.*` of one model call (an attempt span) to `attributes`; the details when
 * the provider gave them.
 */
export function addAttemptUsage(attributes: TelemetryAttributes, usage: Usage): void {
  addUsage(attributes, usage, attemptUsageNames);
}

/**
 * Adds `instr.usage.*` to `attributes`: usage summed over every attempt of a call (the call
 * span). Kept apart from `gen_ai.usage.*` so a backend that adds up GenAI spans does not count a
 * call's tokens twice.
 */
export function addCallUsage(attributes: TelemetryAttributes, usage: Usage): void {
  addUsage(attributes, usage, callUsageNames);
}
