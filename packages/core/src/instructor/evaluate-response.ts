import type { z } from "zod";
import { JsonParseError } from "../errors/json-parse-error.js";
import { ValidationError } from "../errors/validation-error.js";
import { answerText } from "../modes/answer-text.js";
import { assertAnswered } from "../modes/assert-answered.js";
import type { AttemptOutcome } from "../retry/attempt-outcome.js";
import { parseJsonText } from "../schema/parse-json-text.js";
import { validateValue } from "../schema/validate-value.js";
import type { AdapterResponse } from "../types/adapter.js";
import type { PreparedCall } from "./prepared-call.js";

/**
 * Turns a whole (or fully assembled streamed) response into an attempt outcome: extracts the
 * mode's answer, parses it and validates it against the response model. A JSON or validation
 * failure is returned (to be re-asked); a refusal or a truncated answer is thrown
 * (`RefusalError`, `IncompleteOutputError`), as is anything unexpected.
 */
export async function evaluateResponse<S extends z.ZodType, R extends AdapterResponse>(
  call: PreparedCall<S>,
  response: R,
): Promise<AttemptOutcome<z.output<S>, R>> {
  assertAnswered(response);
  try {
    const text = call.handler.extractText(response, call.request.schema);
    const value = await validateValue(call.responseModel, parseJsonText(text, call.limits), text);
    return { ok: true, value, response };
  } catch (error) {
    if (JsonParseError.isInstance(error) || ValidationError.isInstance(error)) {
      return { ok: false, error, rawText: answerText(response), response };
    }
    throw error;
  }
}
