import type { FinishReason, Usage } from "@instr/core";
import type { WireFinishReason, WireUsage } from "./wire-response.js";

/** Cerebras usage in core's camelCase shape; undefined when the response carries none. */
export function mapUsage(usage: WireUsage | null | undefined): Usage | undefined {
  if (usage == null) return undefined;
  const promptTokens = usage.prompt_tokens ?? 0;
  const completionTokens = usage.completion_tokens ?? 0;
  return {
    promptTokens,
    completionTokens,
    totalTokens: usage.total_tokens ?? promptTokens + completionTokens,
  };
}

const known: ReadonlySet<string> = new Set(["stop", "length", "tool_calls", "content_filter"]);

/** Normalises a Cerebras finish reason; a missing or unknown one is `"other"`. */
export function mapFinishReason(reason: WireFinishReason): FinishReason {
  // The SDK's type lists four values, but the wire may carry any string.
  return reason != null && known.has(reason) ? reason : "other";
}
