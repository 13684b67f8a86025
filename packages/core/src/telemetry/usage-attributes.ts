import type { TelemetryAttributes } from "../types/telemetry.js";
import type { Usage } from "../types/usage.js";

/** `gen_ai.usage.*` of one model call (an attempt span). */
export function attemptUsageAttributes(usage: Usage): TelemetryAttributes {
  return {
    "gen_ai.usage.input_tokens": usage.promptTokens,
    "gen_ai.usage.output_tokens": usage.completionTokens,
  };
}

/**
 * `instr.usage.*`: usage summed over every attempt of a call (the call span). Kept apart from
 * `gen_ai.usage.*` so a backend that adds up GenAI spans does not count a call's tokens twice.
 */
export function callUsageAttributes(usage: Usage): TelemetryAttributes {
  return {
    "instr.usage.input_tokens": usage.promptTokens,
    "instr.usage.output_tokens": usage.completionTokens,
    "instr.usage.total_tokens": usage.totalTokens,
  };
}
