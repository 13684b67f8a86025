import type Anthropic from "@anthropic-ai/sdk";
import type { FinishReason } from "@instr/core/adapter";

/**
 * The finish reason for a stop reason. A refusal is a stop reason on this wire, not a text apart
 * from the answer: `content_filter` makes core raise `RefusalError`.
 */
export function finishReasonOf(reason: Anthropic.StopReason | null | undefined): FinishReason {
  switch (reason) {
    case "end_turn":
    case "stop_sequence":
      return "stop";
    case "max_tokens":
    case "model_context_window_exceeded":
      return "length";
    case "tool_use":
      return "tool_calls";
    case "refusal":
      return "content_filter";
    default:
      return "other";
  }
}
