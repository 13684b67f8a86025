import type { GenerateContentResponseUsageMetadata } from "@google/genai";
import type { Usage } from "@instr/core/adapter";

/**
 * `usageMetadata` as `Usage`: the prompt's tokens (cached ones included, and counted apart as
 * `cachedPromptTokens`), the answer's plus the thoughts' as completion tokens (thoughts are
 * billed as output; `reasoningTokens` counts them apart), and Gemini's own total (which also
 * counts tool-use prompt tokens).
 */
export function usageOf(
  metadata: GenerateContentResponseUsageMetadata | undefined,
): Usage | undefined {
  if (metadata === undefined) return undefined;
  const promptTokens = metadata.promptTokenCount ?? 0;
  const thoughts = metadata.thoughtsTokenCount;
  const completionTokens = (metadata.candidatesTokenCount ?? 0) + (thoughts ?? 0);
  const cached = metadata.cachedContentTokenCount;
  return {
    promptTokens,
    completionTokens,
    totalTokens: metadata.totalTokenCount ?? promptTokens + completionTokens,
    ...(cached === undefined ? {} : { cachedPromptTokens: cached }),
    ...(thoughts === undefined ? {} : { reasoningTokens: thoughts }),
  };
}
