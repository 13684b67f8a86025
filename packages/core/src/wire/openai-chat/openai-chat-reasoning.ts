import type { ReasoningPart } from "../../types/content-part.js";

/**
 * The reasoning text an OpenAI-compatible server attached to a message or delta. OpenAI itself
 * sends none on chat completions; Cerebras and others send `reasoning`, vLLM and DeepSeek
 * `reasoning_content`.
 */
export function reasoningFromOpenAIChat(message: object): string | undefined {
  if ("reasoning" in message && typeof message.reasoning === "string") return message.reasoning;
  if ("reasoning_content" in message && typeof message.reasoning_content === "string") {
    return message.reasoning_content;
  }
  return undefined;
}

/** The reasoning of a whole message as reasoning parts (none when it has no reasoning). */
export function reasoningPartsFromOpenAIChat(message: object): ReasoningPart[] | undefined {
  const text = reasoningFromOpenAIChat(message);
  return text ? [{ type: "reasoning", text }] : undefined;
}
