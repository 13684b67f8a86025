import { JsonParseError } from "../errors/json-parse-error.js";
import { ValidationError } from "../errors/validation-error.js";
import { answerText } from "../modes/answer-text.js";
import { assertAnswered } from "../modes/assert-answered.js";
import { validateValue } from "../schema/model/validate-value.js";
import { parseJsonText } from "../schema/parse-json-text.js";
import type { AdapterResponse } from "../types/adapter.js";
import type { AttemptFailure, AttemptOutcome } from "./attempt-outcome.js";
import type { ModeRequest } from "./mode-request.js";
import type { PreparedCall } from "./prepared-call.js";

/**
 * Turns a whole (or fully assembled streamed) response to the request `sent` into an attempt
 * outcome: extracts the answer of the mode it was sent in, parses it and validates it against
 * the response model (a wrapped root unwrapped first). A JSON or validation failure is returned
 * (to be re-asked); a refusal or a truncated answer is thrown (`RefusalError`,
 * `IncompleteOutputError`), as is anything unexpected. Sync when the response model validates
 * synchronously (no async layer per call); a promise for an async schema.
 */
export function evaluateResponse<T, R extends AdapterResponse>(
  call: PreparedCall<T>,
  sent: ModeRequest,
  response: R,
): AttemptOutcome<T, R> | Promise<AttemptOutcome<T, R>> {
  assertAnswered(response);
  let text: string;
  let value: T | Promise<T>;
  try {
    text = sent.handler.extractText(response, sent.request.schema);
    value = validateValue(call.model, parseJsonText(text, call.limits), text);
  } catch (error) {
    return reaskable(error, response);
  }
  if (!(value instanceof Promise)) return { ok: true, value, response, answerText: text };
  return value.then(
    (valid): AttemptOutcome<T, R> => ({ ok: true, value: valid, response, answerText: text }),
    (error: unknown) => reaskable(error, response),
  );
}

/** A JSON or validation failure as the outcome to re-ask; anything else is thrown. */
function reaskable(error: unknown, response: AdapterResponse): AttemptFailure {
  if (JsonParseError.isInstance(error) || ValidationError.isInstance(error)) {
    return { ok: false, error, rawText: answerText(response), response };
  }
  throw error;
}
