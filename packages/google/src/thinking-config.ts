import { type ThinkingConfig, ThinkingLevel } from "@google/genai";
import type { ReasoningEffort } from "@instr/core/adapter";
import type { GoogleModelCapabilities } from "./model-capabilities.js";

const levels: Readonly<Record<ReasoningEffort, ThinkingLevel>> = {
  low: ThinkingLevel.LOW,
  medium: ThinkingLevel.MEDIUM,
  high: ThinkingLevel.HIGH,
};

/**
 * The `thinkingConfig` of a request to a model that thinks: thought summaries asked for when
 * `includeThoughts` (so they come back as `reasoning`), and the effort as the model's knob (a
 * `thinkingLevel` or a `thinkingBudget`). Undefined for a model that does not think: core has
 * already rejected an effort for it.
 */
export function thinkingConfigFor(
  capabilities: GoogleModelCapabilities,
  effort: ReasoningEffort | undefined,
  includeThoughts: boolean,
): ThinkingConfig | undefined {
  const { thinking } = capabilities;
  if (thinking === undefined) return undefined;
  const config: ThinkingConfig = includeThoughts ? { includeThoughts } : {};
  if (effort === undefined) return includeThoughts ? config : undefined;
  return thinking.knob === "budget"
    ? { ...config, thinkingBudget: thinking.budgets[effort] }
    : { ...config, thinkingLevel: levels[effort] };
}
