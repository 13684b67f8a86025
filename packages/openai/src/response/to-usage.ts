import type { Usage } from "@instr/core";
import type { CompletionUsage } from "openai/resources/completions";

/** Maps OpenAI's `usage` object; absent when the server sent none. */
export function toUsage(usage: CompletionUsage | null | undefined): Usage | undefined {
  if (!usage) return undefined;
  return {
    promptTokens: usage.prompt_tokens,
    completionTokens: usage.completion_tokens,
    totalTokens: usage.total_tokens,
  };
}
