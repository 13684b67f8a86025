import type { Usage } from "@instr/core/adapter";

/** The token counts the wire reports (a message's `usage`, or a stream's running totals). */
export interface WireUsage {
  input_tokens?: number | null;
  output_tokens?: number | null;
  cache_read_input_tokens?: number | null;
  cache_creation_input_tokens?: number | null;
  /** Thinking tokens among `output_tokens`, where the API reports them. */
  output_tokens_details?: { thinking_tokens?: number | null } | null;
}

/**
 * `Usage` from the wire's counts. The wire's `input_tokens` excludes cache reads and writes:
 * `promptTokens` adds them back, so that `cachedPromptTokens` is part of it as core defines.
 * Thinking tokens (part of `output_tokens`) are `reasoningTokens`.
 */
export function usageOf(usage: WireUsage): Usage | undefined {
  if (typeof usage.input_tokens !== "number" || typeof usage.output_tokens !== "number") {
    return undefined;
  }
  const cached = usage.cache_read_input_tokens ?? 0;
  const promptTokens = usage.input_tokens + cached + (usage.cache_creation_input_tokens ?? 0);
  const thinking = usage.output_tokens_details?.thinking_tokens;
  return {
    promptTokens,
    completionTokens: usage.output_tokens,
    totalTokens: promptTokens + usage.output_tokens,
    ...(cached > 0 ? { cachedPromptTokens: cached } : {}),
    ...(typeof thinking === "number" ? { reasoningTokens: thinking } : {}),
  };
}
