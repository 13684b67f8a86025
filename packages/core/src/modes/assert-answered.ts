import { IncompleteOutputError } from "../errors/incomplete-output-error.js";
import { RefusalError } from "../errors/refusal-error.js";
import type { AdapterResponse } from "../types/adapter.js";
import { answerText } from "./answer-text.js";
import { lengthStopMessage } from "./length-stop-message.js";

/**
 * Rejects a response that holds no usable answer for reasons a re-ask cannot fix, so they are
 * thrown directly instead of retried:
 * - a refusal (`response.refusal`, or finish reason `content_filter`) -> `RefusalError`;
 * - finish reason `length` -> `IncompleteOutputError` (asking again would hit the same limit;
 *   its message says how many tokens went to reasoning and to the answer, and what to change).
 */
export function assertAnswered(response: AdapterResponse): void {
  if (response.refusal !== undefined || response.finishReason === "content_filter") {
    const refusal = response.refusal ?? "";
    const message =
      response.refusal === undefined
        ? "The provider's content filter stopped the answer."
        : `The model refused to answer: ${refusal}`;
    throw new RefusalError(message, { refusal });
  }
  if (response.finishReason === "length") {
    throw new IncompleteOutputError(lengthStopMessage(response.usage), {
      rawText: answerText(response) ?? "",
      ...(response.usage === undefined ? {} : { usage: response.usage }),
    });
  }
}
