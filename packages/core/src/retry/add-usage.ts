import type { Usage } from "../types/usage.js";

/** Usage of nothing yet. */
export const ZERO_USAGE: Usage = Object.freeze({
  promptTokens: 0,
  completionTokens: 0,
  totalTokens: 0,
});

/** `total + usage`; a response without usage adds nothing. */
export function addUsage(total: Usage, usage: Usage | undefined): Usage {
  if (usage === undefined) return total;
  return {
    promptTokens: total.promptTokens + usage.promptTokens,
    completionTokens: total.completionTokens + usage.completionTokens,
    totalTokens: total.totalTokens + usage.totalTokens,
  };
}
