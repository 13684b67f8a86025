import type { Usage } from "../../types/usage.js";

/** `usage` of an OpenAI-compatible completion or final chunk, as far as instr reads it. */
export interface OpenAIChatUsage {
  prompt_tokens?: number | null;
  completion_tokens?: number | null;
  total_tokens?: number | null;
  prompt_tokens_details?: { cached_tokens?: number | null } | null;
  completion_tokens_details?: { reasoning_tokens?: number | null } | null;
}

/**
 * Core's `Usage` from an OpenAI-style `usage` object (undefined when the response has none), with
 * `cachedPromptTokens` and `reasoningTokens` when the server reports them.
 */
export function usageFromOpenAIChat(usage: OpenAIChatUsage | null | undefined): Usage | undefined {
  if (usage == null) return undefined;
  const promptTokens = usage.prompt_tokens ?? 0;
  const completionTokens = usage.completion_tokens ?? 0;
  const result: Usage = {
    promptTokens,
    completionTokens,
    totalTokens: usage.total_tokens ?? promptTokens + completionTokens,
  };
  const cached = usage.prompt_tokens_details?.cached_tokens;
  if (cached != null) result.cachedPromptTokens = cached;
  const reasoning = usage.completion_tokens_details?.reasoning_tokens;
  if (reasoning != null) result.reasoningTokens = reasoning;
  return result;
}
