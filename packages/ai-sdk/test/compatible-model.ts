import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { LanguageModelV3 } from "@ai-sdk/provider";

/**
 * A real AI SDK provider package, `@ai-sdk/openai-compatible`, pointed at a loopback
 * OpenAI-dialect server, with usage in streams and structured outputs on.
 */
export function compatibleModel(baseURL: string, apiKey: string, modelId: string): LanguageModelV3 {
  return createOpenAICompatible({
    name: "compatible",
    baseURL,
    apiKey,
    includeUsage: true,
    supportsStructuredOutputs: true,
  }).chatModel(modelId);
}
