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
export function finishReasonFromLanguageModel(reason: LanguageModelV3FinishReason): FinishReason {
  return reasons[reason.unified];
}

/**
 * Whether the provider reported why the model stopped. AI SDK providers end every stream with a
 * `finish` part, also when the provider's stream carried no finish reason: then it says `other`
 * or `error` with no `raw` reason, which is a stream that broke off, not a finished answer.
 */
export function reportsFinishReason(reason: LanguageModelV3FinishReason): boolean {
  return reason.raw !== undefined || (reason.unified !== "other" && reason.unified !== "error");
}
