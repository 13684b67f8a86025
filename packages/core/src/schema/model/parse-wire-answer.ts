import type { ModelSpec } from "./model-spec.js";
import { type ParsedAnswer, parseAnswer } from "./parse-answer.js";
import { UNWRAPPED_MESSAGE, unwrapAnswer } from "./root-wrapper.js";

/**
 * Validates an answer as the model wrote it: a wrapped root (`{ "value": … }`) is unwrapped
 * first, so the verdict's issues point at the user's paths; an answer without the wrapper fails
 * with one issue at the root saying what was expected. Sync when the check is (see `parseAnswer`).
 */
export function parseWireAnswer<T>(
  model: ModelSpec<T>,
  answer: unknown,
): ParsedAnswer<T> | Promise<ParsedAnswer<T>> {
  if (!model.wrapped) return parseAnswer(model, answer);
  const inner = unwrapAnswer(answer);
  if (inner.ok) return parseAnswer(model, inner.value);
  return {
    result: { success: false, issues: [{ message: UNWRAPPED_MESSAGE, path: [] }] },
    value: answer,
  };
}
