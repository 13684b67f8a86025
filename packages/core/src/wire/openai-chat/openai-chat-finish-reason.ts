import type { FinishReason } from "../../types/adapter.js";

/**
 * Normalises an OpenAI-style `finish_reason`. The legacy `function_call` is a tool call; a
 * missing reason or anything an OpenAI-compatible server invents is `other`.
 */
export function finishReasonFromOpenAIChat(reason: string | null | undefined): FinishReason {
  switch (reason) {
    case "stop":
    case "length":
    case "tool_calls":
    case "content_filter":
      return reason;
    case "function_call":
      return "tool_calls";
    default:
      return "other";
  }
}
