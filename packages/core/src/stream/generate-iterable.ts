import type { InstructorContext } from "../instructor/instructor-context.js";
import { prepareCall, responseSpec } from "../instructor/prepare-call.js";
import { traced } from "../instructor/traced.js";
import { createPartialJsonParser } from "../json/partial-json-parser.js";
import { ITEMS_KEY, itemsModelSpec } from "../schema/model/items-model-spec.js";
import type { ModelSpec, Verdict } from "../schema/model/model-spec.js";
import { parseAnswer } from "../schema/parse-answer.js";
import { isStackOverflow } from "../schema/stack-overflow.js";
import { traceStream } from "../telemetry/trace-call.js";
import type { GenerateParams } from "../types/instructor.js";
import type { ResponseModel, ResponseOf } from "../types/response-model.js";
import { streamAttempts } from "./stream-attempts.js";

/**
 * `Instructor.generateIterable`: `params.responseModel` is the ELEMENT schema. In every mode the
 * model is asked for `{ "items": [ ... ] }` (TOOLS and JSON_SCHEMA need an object at the root;
 * one shape for all modes keeps the prompts and re-asks uniform). Each element is validated on
 * its own and yielded as soon as its closing bracket (or, for a scalar, the next `,` or `]`)
 * arrives.
 *
 * Retries: the whole answer is still evaluated at the end of each attempt, like `generate`
 * (same hooks, re-ask messages with the model's answer and the errors). Within an attempt,
 * yielding stops at the first element that fails validation (or at invalid JSON); the re-asked
 * answer is expected to repeat the list, so its first k elements — the k already yielded — are
 * skipped: an element is never yielded twice. Elements the final answer has beyond those yielded
 * during the stream are yielded at the end.
 */
export function generateIterable<S extends ResponseModel>(
  context: InstructorContext,
  params: GenerateParams<S>,
): AsyncGenerator<ResponseOf<S>> {
  return traced(context, params, "generateIterable", iterateElements, traceStream);
}

async function* iterateElements<S extends ResponseModel>(
  context: InstructorContext,
  params: GenerateParams<S>,
): AsyncGenerator<ResponseOf<S>> {
  const element = responseSpec(context, params);
  const call = prepareCall(context, params, itemsModelSpec(element), true);
  let yielded = 0;
  let arrived: unknown[] = [];
  let stopped = false;
  const newParser = () => {
    arrived = [];
    stopped = false;
    return createPartialJsonParser({
      ...call.limits,
      elements: { path: [ITEMS_KEY], onElement: (value) => arrived.push(value) },
    });
  };
  for await (const event of streamAttempts(call, newParser)) {
    if (event.type === "result") {
      yield* event.result.value.slice(yielded);
      return;
    }
    // `arrived` holds this attempt's elements in index order; skip those already yielded.
    while (!stopped && yielded < arrived.length) {
      const checked = await checkElement(element, arrived[yielded]);
      if (checked === undefined || !checked.success) {
        stopped = true;
        break;
      }
      yielded++;
      yield checked.data;
    }
  }
}

/**
 * Validates one element as the whole answer is (it may carry a strict dialect's null for
 * "absent"). `undefined` when validating it overflowed the call stack: yielding stops, and the
 * evaluation of the whole answer reports the typed error.
 */
async function checkElement<T>(
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
