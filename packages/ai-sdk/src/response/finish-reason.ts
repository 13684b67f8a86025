import type { LanguageModelV3FinishReason } from "@ai-sdk/provider";
import type { FinishReason } from "@instr/core/adapter";

const reasons: Record<LanguageModelV3FinishReason["unified"], FinishReason> = {
  stop: "stop",
  length: "length",
  "content-filter": "content_filter",
  "tool-calls": "tool_calls",
  error: "other",
  other: "other",
};

/** The spec's unified finish reason in our terms. */
export function toFinishReason(reason: LanguageModelV3FinishReason): FinishReason {
  return reasons[reason.unified];
}
