import type { TelemetryAttributes } from "../types/telemetry.js";
import type { Usage } from "../types/usage.js";
import { ATTR } from "./attribute-names.js";

/** `gen_ai.usage.*` of one model call (an attempt span). */
export function attemptUsageAttributes(usage: Usage): TelemetryAttributes {
  return {
    [ATTR.inputTokens]: usage.promptTokens,
    [ATTR.outputTokens]: usage.completionTokens,
  };
}

/**
 * `instr.usage.*`: usage summed over every attempt of a call (the call span). Kept apart from
 * `gen_ai.usage.*` so a backend that adds up GenAI spans does not count a call's tokens twice.
 */
export function callUsageAttributes(usage: Usage): TelemetryAttributes {
  return {
    [ATTR.usageInputTokens]: usage.promptTokens,
    [ATTR.usageOutputTokens]: usage.completionTokens,
    [ATTR.usageTotalTokens]: usage.totalTokens,
  };
}
