import type { Usage } from "../types/usage.js";

/** Usage of nothing yet. */
export const ZERO_USAGE: Usage = Object.freeze({
  promptTokens: 0,
  completionTokens: 0,
  totalTokens: 0,
});

/**
 * `total + usage`; a response without usage adds nothing. The optional counts are summed over
 * the responses that report them, and stay absent while none does.
 */
export function addUsage(total: Usage, usage: Usage | undefined): Usage {
  if (usage === undefined) return total;
  const sum: Usage = {
    promptTokens: total.promptTokens + usage.promptTokens,
    completionTokens: total.completionTokens + usage.completionTokens,
    totalTokens: total.totalTokens + usage.totalTokens,
  };
  const cached = addOptional(total.cachedPromptTokens, usage.cachedPromptTokens);
  if (cached !== undefined) sum.cachedPromptTokens = cached;
  const reasoning = addOptional(total.reasoningTokens, usage.reasoningTokens);
  if (reasoning !== undefined) sum.reasoningTokens = reasoning;
  return sum;
}

function addOptional(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  return b === undefined ? a : a + b;
}
