import type { z } from "zod";
import type { InstructorContext } from "../instructor/instructor-context.js";
import type { GenerateParams } from "../types/instructor.js";
import { generateElementStream } from "./generate-stream.js";

/**
 * `Instructor.generateIterable`: the `element` events of `generateStream({ iterable: true })`.
 * `params.responseModel` is the ELEMENT schema; in every mode the model is asked for
 * `{ "items": [ ... ] }`. Each element is validated on its own and yielded as soon as its closing
 * bracket (or, for a scalar, the next `,` or `]`) arrives.
 *
 * Retries: the whole answer is still evaluated at the end of each attempt, like `generate`
 * (same hooks, re-ask messages with the model's answer and the errors). Within an attempt,
 * yielding stops at the first element that fails validation (or at invalid JSON); the re-asked
 * answer is expected to repeat the list, so its first k elements — the k already yielded — are
 * skipped: an element is never yielded twice. Elements the final answer has beyond those yielded
 * during the stream are yielded at the end. A failed call throws what `generate` would reject
 * with.
 */
export async function* generateIterable<S extends z.ZodType>(
  context: InstructorContext,
  params: GenerateParams<S>,
): AsyncGenerator<z.output<S>> {
  for await (const event of generateElementStream(context, params, { partials: false })) {
    if (event.type === "element") yield event.value;
    else if (event.type === "error") throw event.error;
  }
}
