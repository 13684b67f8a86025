/**
 * The reasoning text an OpenAI-compatible server attached to a message or delta. OpenAI itself
 * sends none on chat completions; Cerebras and others send `reasoning`, vLLM and DeepSeek
 * `reasoning_content`.
 */
export function reasoningText(message: object): string | undefined {
  if ("reasoning" in message && typeof message.reasoning === "string") return message.reasoning;
  if ("reasoning_content" in message && typeof message.reasoning_content === "string") {
    return message.reasoning_content;
  }
  return undefined;
}
