import { ValidationError } from "../../errors/validation-error.js";
import { formatIssues } from "../format-issues.js";
import { isStackOverflow, tooDeepToValidateError } from "../stack-overflow.js";
import type { ModelSpec } from "./model-spec.js";
import type { ParsedAnswer } from "./parse-answer.js";
import { parseWireAnswer } from "./parse-wire-answer.js";

/**
 * Validates a parsed answer (as the model wrote it, wrapper included) against the response model
 * and returns the schema's OUTPUT (defaults applied, transforms run). Sync when the schema
 * answers at once; a promise when it is async (async refinements and transforms). A `null` for
 * an optional property that the schema rejects reads as an absent property (see `parseAnswer`).
 *
 * @throws ValidationError with the issues (at the user's paths), the raw text, the validated
 *   value and one readable line per issue in the message; `JsonParseError` when validating
 *   overflowed the call stack (an answer nested deeper than zod can recurse). An error thrown by
 *   the schema's own code (a refine or transform) propagates unchanged. On the async path, the
 *   promise rejects with them instead.
 */
export function validateValue<T>(
  model: ModelSpec<T>,
  answer: unknown,
  rawText: string,
): T | Promise<T> {
  let parsed: ParsedAnswer<T> | Promise<ParsedAnswer<T>>;
  try {
    parsed = parseWireAnswer(model, answer);
  } catch (error) {
    throw typedThrow(error, rawText);
  }
  if (!(parsed instanceof Promise)) return verdictValue(parsed, rawText);
  return parsed.then(
    (done) => verdictValue(done, rawText),
    (error: unknown) => {
      throw typedThrow(error, rawText);
    },
  );
}

/** What validating threw, typed when it is a stack overflow (else as it is). */
function typedThrow(error: unknown, rawText: string): unknown {
  return isStackOverflow(error) ? tooDeepToValidateError(rawText, error) : error;
}

/** The verdict's output, or its issues as a `ValidationError`. */
function verdictValue<T>({ result, value: judged }: ParsedAnswer<T>, rawText: string): T {
  if (result.success) return result.data;
  const { issues } = result;
  throw new ValidationError(
    `The answer does not match the response model (${issues.length} issue${issues.length === 1 ? "" : "s"}):\n${formatIssues(issues)}`,
    { issues, rawText, value: judged },
    result.cause === undefined ? {} : { cause: result.cause },
  );
}
