/** Token usage of one or more completions. */
export interface Usage {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
  /** Prompt tokens read from the provider's prompt cache (part of `promptTokens`). */
  cachedPromptTokens?: number;
  /** Completion tokens spent on reasoning (part of `completionTokens`). */
  reasoningTokens?: number;
}
