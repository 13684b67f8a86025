import type { FinishReason } from "@instr/core/adapter";

/** Finish reasons that mean the answer was withheld: core raises `RefusalError` for them. */
const filtered: ReadonlySet<string> = new Set([
  "SAFETY",
  "RECITATION",
  "BLOCKLIST",
  "PROHIBITED_CONTENT",
  "SPII",
  "IMAGE_SAFETY",
  "IMAGE_PROHIBITED_CONTENT",
  "IMAGE_RECITATION",
]);

/**
 * The spec's finish reason for a Gemini candidate's (or, without a candidate, a prompt
 * `blockReason`, which is `content_filter`). Gemini ends a function-calling turn with `STOP`:
 * with calls in the answer it is `tool_calls`. `MAX_TOKENS` is `length`; the rest
 * (`MALFORMED_FUNCTION_CALL`, `LANGUAGE`, `OTHER`, …) is `other`.
 */
export function finishReasonOf(
  reason: string | undefined,
  blockReason: string | undefined,
  hasToolCalls: boolean,
): FinishReason | undefined {
  if (reason === undefined) return blockReason === undefined ? undefined : "content_filter";
  if (reason === "STOP") return hasToolCalls ? "tool_calls" : "stop";
  if (reason === "MAX_TOKENS") return "length";
  return filtered.has(reason) ? "content_filter" : "other";
}
