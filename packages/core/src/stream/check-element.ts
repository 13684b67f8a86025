import type { ModelSpec, Verdict } from "../schema/model/model-spec.js";
import { parseAnswer } from "../schema/model/parse-answer.js";
import { isStackOverflow } from "../schema/stack-overflow.js";

/**
 * Validates one element of an iterable answer as the whole answer is (it may carry a strict
 * dialect's null for "absent"). `undefined` when validating it overflowed the call stack: element
 * reporting stops, and the evaluation of the whole answer reports the typed error.
 */
export async function checkElement<T>(
  element: ModelSpec<T>,
  value: unknown,
): Promise<Verdict<T> | undefined> {
  try {
    return (await parseAnswer(element, value)).result;
  } catch (error) {
    if (isStackOverflow(error)) return undefined;
    throw error;
  }
}
