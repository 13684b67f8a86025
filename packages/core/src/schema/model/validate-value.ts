import { ValidationError } from "../../errors/validation-error.js";
import { formatIssues } from "../format-issues.js";
import { isStackOverflow, tooDeepToValidateError } from "../stack-overflow.js";
import type { ModelSpec } from "./model-spec.js";
import type { ParsedAnswer } from "./parse-answer.js";
import { parseWireAnswer } from "./parse-wire-answer.js";

/**
 * Validates a parsed answer (as the model wrote it, wrapper included) against the response model
 * and returns the schema's OUTPUT (defaults applied, transforms run). Async so that async
 * refinements and transforms work. A `null` for an optional property that the schema rejects
 * reads as an absent property (see `parseAnswer`).
 *
 * @throws ValidationError with the issues (at the user's paths), the raw text, the validated
 *   value and one readable line per issue in the message; `JsonParseError` when validating
 *   overflowed the call stack (an answer nested deeper than zod can recurse). An error thrown by
 *   the schema's own code (a refine or transform) propagates unchanged.
 */
export async function validateValue<T>(
  model: ModelSpec<T>,
  answer: unknown,
  rawText: string,
): Promise<T> {
  let parsed: ParsedAnswer<T>;
  try {
    parsed = await parseWireAnswer(model, answer);
  } catch (error) {
    if (isStackOverflow(error)) throw tooDeepToValidateError(rawText, error);
    throw error;
  }
  const { result, value: judged } = parsed;
  if (result.success) return result.data;
  const { issues } = result;
  throw new ValidationError(
    `The answer does not match the response model (${issues.length} issue${issues.length === 1 ? "" : "s"}):\n${formatIssues(issues)}`,
    { issues, rawText, value: judged },
    result.cause === undefined ? {} : { cause: result.cause },
  );
}
