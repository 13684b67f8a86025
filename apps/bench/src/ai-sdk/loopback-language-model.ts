import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { LanguageModelV3 } from "@ai-sdk/provider";
import { type MockServer, startMockServer } from "@instr/mock-server";

/** The model id both sides of the AI SDK section name. */
export const benchModelId = "bench-model";

/** A loopback OpenAI-dialect server and one AI SDK model on it. */
export interface LoopbackLanguageModel {
  server: MockServer;
  model: LanguageModelV3;
}

/**
 * Starts the loopback server (OpenAI dialect) and a real AI SDK provider package on it,
 * `@ai-sdk/openai-compatible` with structured outputs, so that the bridge and the AI SDK's own
 * `streamObject` send the same request and read the same SSE stream through the same code.
 */
export async function startLoopbackLanguageModel(): Promise<LoopbackLanguageModel> {
  const server = await startMockServer({ dialect: "openai" });
  const model = createOpenAICompatible({
    name: "bench",
    baseURL: server.baseURL,
    apiKey: "bench-not-a-secret",
    includeUsage: true,
    supportsStructuredOutputs: true,
  }).chatModel(benchModelId);
  return { server, model };
}
