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
 */
export async function parseAnswer<T>(
  model: ModelSpec<T>,
  answer: unknown,
): Promise<ParsedAnswer<T>> {
  const result = await model.check(answer);
  if (result.success) return { result, value: answer };
  const restored = dropNullOptionals(answer, model.jsonSchema);
  if (restored === answer) return { result, value: answer };
  return { result: await model.check(restored), value: restored };
}
