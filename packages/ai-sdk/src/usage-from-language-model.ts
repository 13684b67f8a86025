import type { LanguageModelV3Usage } from "@ai-sdk/provider";
import type { Usage } from "@instr/core/adapter";

/**
 * The spec's usage in our terms, cache reads and reasoning tokens included when there are any
 * (providers report 0 for "not reported"); none when the provider reported no token counts.
 */
export function usageFromLanguageModel(usage: LanguageModelV3Usage): Usage | undefined {
  const input = usage.inputTokens.total;
  const output = usage.outputTokens.total;
  if (input === undefined && output === undefined) return undefined;
  const promptTokens = input ?? 0;
  const completionTokens = output ?? 0;
  const { cacheRead } = usage.inputTokens;
  const { reasoning } = usage.outputTokens;
  return {
    promptTokens,
    completionTokens,
    totalTokens: promptTokens + completionTokens,
    ...(!cacheRead ? {} : { cachedPromptTokens: cacheRead }),
    ...(!reasoning ? {} : { reasoningTokens: reasoning }),
  };
}
