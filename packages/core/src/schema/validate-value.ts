import type { z } from "zod";
import { ValidationError } from "../errors/validation-error.js";
import { formatIssues } from "./format-issues.js";
import { type ParsedAnswer, parseAnswer } from "./parse-answer.js";
import { isStackOverflow, tooDeepToValidateError } from "./stack-overflow.js";

/**
 * Validates a parsed answer against the response model and returns zod's OUTPUT (defaults
 * applied, transforms run). Async so that async refinements and transforms work. A `null` for an
 * optional property that the schema rejects reads as an absent property (see `parseAnswer`).
 *
 * @throws ValidationError with the zod issues, the raw text, the validated value and one
 *   readable line per issue in the message; `JsonParseError` when validating overflowed the call
 *   stack (an answer nested deeper than zod can recurse). An error thrown by the schema's own
 *   code (a refine or transform) propagates unchanged.
 */
export async function validateValue<S extends z.ZodType>(
  schema: S,
  value: unknown,
  rawText: string,
): Promise<z.output<S>> {
  let parsed: ParsedAnswer<z.output<S>>;
  try {
    parsed = await parseAnswer(schema, value);
  } catch (error) {
    if (isStackOverflow(error)) throw tooDeepToValidateError(rawText, error);
    throw error;
  }
  const { result, value: judged } = parsed;
  if (result.success) return result.data;
  const { issues } = result.error;
  throw new ValidationError(
    `The answer does not match the response model (${issues.length} issue${issues.length === 1 ? "" : "s"}):\n${formatIssues(issues)}`,
    { issues, rawText, value: judged },
    { cause: result.error },
  );
}
