import { z } from "zod";
import type { InstructorContext } from "../instructor/instructor-context.js";
import { prepareCall } from "../instructor/prepare-call.js";
import { traced } from "../instructor/traced.js";
import { createPartialJsonParser } from "../json/partial-json-parser.js";
import { parseAnswer } from "../schema/parse-answer.js";
import { isStackOverflow } from "../schema/stack-overflow.js";
import { traceStream } from "../telemetry/trace-call.js";
import type { GenerateParams } from "../types/instructor.js";
import { streamAttempts } from "./stream-attempts.js";

/** The property of the wrapper object that holds the elements. */
const ITEMS = "items";

/** The wrapper around `element`, as `itemsModel` builds it. */
type ItemsModel<S extends z.ZodType> = z.ZodObject<{ [ITEMS]: z.ZodArray<S> }>;

/** element schema -> its wrapper; weak, so nothing is kept alive. */
const wrappers = new WeakMap<z.ZodType, ItemsModel<z.ZodType>>();

/**
 * `{ items: element[] }`, one object per element schema: the adapter-schema and JSON Schema
 * caches are keyed by the response model object, so a new wrapper per call would miss them.
 */
function itemsModel<S extends z.ZodType>(element: S): ItemsModel<S> {
  const cached = wrappers.get(element);
  // Sound: the entry for `element` was built from `element` below, so its items are `S`.
  if (cached !== undefined) return cached as ItemsModel<S>;
  const model = z.object({ [ITEMS]: z.array(element) });
  wrappers.set(element, model);
  return model;
}

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
export function generateIterable<S extends z.ZodType>(
  context: InstructorContext,
  params: GenerateParams<S>,
): AsyncGenerator<z.output<S>> {
  return traced(context, params, "generateIterable", iterateElements, traceStream);
}

async function* iterateElements<S extends z.ZodType>(
  context: InstructorContext,
  params: GenerateParams<S>,
): AsyncGenerator<z.output<S>> {
  const element = params.responseModel;
  const call = prepareCall(context, { ...params, responseModel: itemsModel(element) });
  let yielded = 0;
  let arrived: unknown[] = [];
  let stopped = false;
  const newParser = () => {
    arrived = [];
    stopped = false;
    return createPartialJsonParser({
      ...call.limits,
      elements: { path: [ITEMS], onElement: (value) => arrived.push(value) },
    });
  };
  for await (const event of streamAttempts(call, newParser)) {
    if (event.type === "result") {
      yield* event.result.value[ITEMS].slice(yielded);
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
async function checkElement<S extends z.ZodType>(
  element: S,
  value: unknown,
): Promise<z.ZodSafeParseResult<z.output<S>> | undefined> {
  try {
    return (await parseAnswer(element, value)).result;
  } catch (error) {
    if (isStackOverflow(error)) return undefined;
    throw error;
  }
}
