import { dropNullOptionals } from "../strict/drop-null-optionals.js";
import type { ModelSpec, Verdict } from "./model-spec.js";

/** What {@link parseAnswer} judged: the verdict and the value it judged. */
export interface ParsedAnswer<T> {
  readonly result: Verdict<T>;
  /** The answer as validated: the parsed JSON, or it without the nulls of optional properties. */
  readonly value: unknown;
}

/**
 * Validates a model's parsed answer (the user's value, already unwrapped) against `model`,
 * reading a strict dialect's `null` for an optional property as "absent". The answer is
 * validated as written first, so a null the schema accepts is never dropped; only when that
 * fails and {@link dropNullOptionals} finds nulls that the schema surely rejects is the answer
 * validated again without them (an optional field then comes back absent, a defaulted field
 * gets its default). Failing both, the result is the second one: its issues are the ones the
 * model has to fix.
 *
 * Sync when `model.check` answers at once (a promise only for async refinements and
 * transforms): each async layer costs every call a few microtask turns. What the schema's own
 * code throws is thrown (or rejected, on the async path) as it is.
 */
export function parseAnswer<T>(
  model: ModelSpec<T>,
  answer: unknown,
): ParsedAnswer<T> | Promise<ParsedAnswer<T>> {
  const result = model.check(answer);
  return result instanceof Promise
    ? result.then((verdict) => judged(model, answer, verdict))
    : judged(model, answer, result);
}

/** The verdict on the answer as written, or the answer checked again without its nulls. */
function judged<T>(
  model: ModelSpec<T>,
  answer: unknown,
  result: Verdict<T>,
): ParsedAnswer<T> | Promise<ParsedAnswer<T>> {
  if (result.success) return { result, value: answer };
  const restored = dropNullOptionals(answer, model.jsonSchema);
  if (restored === answer) return { result, value: answer };
  const again = model.check(restored);
  return again instanceof Promise
    ? again.then((verdict) => ({ result: verdict, value: restored }))
    : { result: again, value: restored };
}
