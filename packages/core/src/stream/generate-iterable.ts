import type { InstructorContext } from "../call/instructor-context.js";
import { traced } from "../call/traced.js";
import type { GenerateParams } from "../instructor-types/instructor.js";
import { traceStream } from "../telemetry/trace-call.js";
import type { ResponseModel, ResponseOf } from "../types/response-model.js";
import { elementEvents } from "./generate-stream.js";

/**
 * `Instructor.generateIterable`: the `element` events of `generateStream({ iterable: true })`.
 * `params.responseModel` is the ELEMENT schema; in every mode the model is asked for
 * `{ "items": [ ... ] }` (TOOLS and JSON_SCHEMA need an object at the root; one shape for all
 * modes keeps the prompts and re-asks uniform). Each element is validated on its own and yielded
 * as soon as its closing bracket (or, for a scalar, the next `,` or `]`) arrives.
 *
 * Retries: the whole answer is still evaluated at the end of each attempt, like `generate`
 * (same hooks, re-ask messages with the model's answer and the errors). Within an attempt,
 * yielding stops at the first element that fails validation (or at invalid JSON); the re-asked
 * answer is expected to repeat the list, so its first k elements — the k already yielded — are
 * skipped: an element is never yielded twice. Elements the final answer has beyond those yielded
 * during the stream are yielded at the end. A failed call throws what `generate` would reject
 * with.
 */
export function generateIterable<S extends ResponseModel>(
  context: InstructorContext,
  params: GenerateParams<S>,
): AsyncGenerator<ResponseOf<S>> {
  return traced(context, params, "generateIterable", elementValues, traceStream);
}

async function* elementValues<S extends ResponseModel>(
  context: InstructorContext,
  params: GenerateParams<S>,
): AsyncGenerator<ResponseOf<S>> {
  for await (const event of elementEvents(context, params, { partials: false })) {
    if (event.type === "element") yield event.value;
  }
}
