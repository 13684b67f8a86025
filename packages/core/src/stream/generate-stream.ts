import { raceAbort } from "../call/call-signal.js";
import { evaluateResponse } from "../call/evaluate-response.js";
import type { InstructorContext } from "../call/instructor-context.js";
import { prepareCall, responseSpec } from "../call/prepare-call.js";
import type { PreparedCall } from "../call/prepared-call.js";
import { traced } from "../call/traced.js";
import { IncompleteOutputError } from "../errors/incomplete-output-error.js";
import type { GenerateParams } from "../instructor-types/instructor.js";
import type {
  ElementStreamEvent,
  GenerateStreamEvent,
  ItemsOf,
  StreamShapeEvent,
  ValueStreamEvent,
} from "../instructor-types/stream-event.js";
import { createPartialJsonParser } from "../json/partial-json-parser.js";
import { answerText } from "../modes/answer-text.js";
import { AttemptLoop } from "../retry/attempt-loop.js";
import { ITEMS_KEY, itemsModelSpec } from "../schema/model/items-model-spec.js";
import type { ModelSpec } from "../schema/model/model-spec.js";
import { traceStream } from "../telemetry/trace-call.js";
import type { AdapterResponse, AdapterStreamPart } from "../types/adapter.js";
import type { DeepPartial } from "../types/deep-partial.js";
import type {
  PartialResponseOf,
  ResponseInputOf,
  ResponseModel,
  ResponseOf,
} from "../types/response-model.js";
import { AnswerFeed } from "./answer-feed.js";
import { AttemptParts } from "./attempt-parts.js";
import { checkElement } from "./check-element.js";
import { PartialEvents } from "./partial-events.js";
import { closeStream, openStream } from "./provider-parts.js";
import { answerShape, snapshotView } from "./snapshot-view.js";

/** Options of the event streams that the views choose. */
export interface StreamEventsOptions {
  /** `false`: no `partial` events (a view that does not show them saves the snapshots). */
  partials?: boolean;
}

/**
 * `Instructor.generateStream` without `iterable`: every event of one streamed call of
 * `params.responseModel`, traced as `generateStream`. Never throws: a failure is the terminal
 * `error` event.
 */
export function generateValueStream<S extends ResponseModel>(
  context: InstructorContext,
  params: GenerateParams<S>,
): AsyncGenerator<ValueStreamEvent<S>, void> {
  return settled(traced(context, params, "generateStream", valueEvents, traceStream));
}

/**
 * `Instructor.generateStream` with `iterable: true`: `params.responseModel` is the element
 * schema; the model is asked for `{ "items": [ ... ] }` (see `itemsModelSpec`). Traced as
 * `generateStream`; never throws.
 */
export function generateElementStream<S extends ResponseModel>(
  context: InstructorContext,
  params: GenerateParams<S>,
): AsyncGenerator<ElementStreamEvent<S>, void> {
  return settled(traced(context, params, "generateStream", elementEvents, traceStream));
}

/**
 * The events of a value stream, untraced; a failure is thrown (the views and `settled` decide
 * what to do with it). Snapshots are `snapshotView`s of the answer: the wrapped root's inner value
 * without strict-dialect nulls for absent optionals.
 */
export function valueEvents<S extends ResponseModel>(
  context: InstructorContext,
  params: GenerateParams<S>,
  options: StreamEventsOptions = {},
): AsyncGenerator<ValueStreamEvent<S>, void> {
  return streamEvents(
    () => ({
      ...streamedCall<ResponseOf<S>, PartialResponseOf<S>>(
        context,
        params,
        responseSpec(context, params),
      ),
      value: (result: ResponseOf<S>) => result,
      elements: undefined,
    }),
    options,
  );
}

/** The events of an element stream, untraced; a failure is thrown. */
export function elementEvents<S extends ResponseModel>(
  context: InstructorContext,
  params: GenerateParams<S>,
  options: StreamEventsOptions = {},
): AsyncGenerator<ElementStreamEvent<S>, void> {
  return streamEvents(() => {
    const element = responseSpec(context, params);
    return {
      ...streamedCall<ResponseOf<S>[], DeepPartial<ItemsOf<ResponseInputOf<S>>>>(
        context,
        params,
        itemsModelSpec(element),
      ),
      value: (result: ResponseOf<S>[]) => ({ [ITEMS_KEY]: result }),
      elements: { spec: element, all: (result: ResponseOf<S>[]) => result },
    };
  }, options);
}

/**
 * What a stream's setup takes from the model it asks for: the streamed call, and how snapshots
 * of its answer are shaped and shown.
 */
function streamedCall<T, P>(
  context: InstructorContext,
  params: GenerateParams<ResponseModel>,
  model: ModelSpec<T>,
): Pick<StreamSetup<T, unknown, unknown, P>, "call" | "shape" | "view"> {
  const shape = answerShape(model);
  return { call: prepareCall(context, params, model, true), shape, view: snapshotView<P>(shape) };
}

/** How one streamed call runs: `T` is what the call validates, `V` the value the stream reports. */
interface StreamSetup<T, V, E, P> {
  call: PreparedCall<T>;
  /** How snapshots follow from the answer text, when not as it is (the first event then). */
  shape: StreamShapeEvent | undefined;
  /** What a raw snapshot shows the caller (under `shape`). */
  view: (snapshot: unknown) => P | undefined;
  /** The reported value of a validated result. */
  value: (result: T) => V;
  /** Iterable mode: how each element is checked, and the elements of a validated result. */
  elements: { spec: ModelSpec<E>; all: (result: T) => readonly E[] } | undefined;
}

/** A failure of the call ends the stream with an `error` event instead of a throw. */
async function* settled<V, E, P>(
  events: AsyncGenerator<GenerateStreamEvent<V, E, P>>,
): AsyncGenerator<GenerateStreamEvent<V, E, P>, void> {
  try {
    yield* events;
  } catch (error) {
    yield { type: "error", error };
  }
}

/**
 * The streaming attempt loop: the shared `AttemptLoop` (same hooks, re-asks, usage, mode
 * fallback and errors as `generate`) over `adapter.stream`. Each attempt's answer is fed to a
 * fresh incremental parser as it streams, `<think>` reasoning split out of the text first and
 * reported to the `reasoning` hook and as events (`AttemptParts`); the assembled response is then
 * evaluated exactly like a whole one. A failure is thrown. Leaving the iteration early closes the
 * provider's stream. `setup` runs on the first `next`, so a bad call fails there too.
 */
async function* streamEvents<T, V, E, P>(
  setup: () => StreamSetup<T, V, E, P>,
  options: StreamEventsOptions,
): AsyncGenerator<GenerateStreamEvent<V, E, P>, void> {
  const { call, shape, view, value, elements } = setup();
  const partials = options.partials !== false;
  if (shape !== undefined && partials) yield shape;
  // Elements reported so far, over every attempt: a re-asked answer's first ones are skipped.
  let reported = 0;
  const loop = new AttemptLoop<T>(call, { stream: true });
  for (;;) {
    const started = loop.begin();
    const { request, attempt } = started;
    // This attempt's elements in index order, as the parser completes them.
    const arrived: unknown[] = [];
    let elementsStopped = false;
    const parser = createPartialJsonParser(
      elements === undefined
        ? call.limits
        : {
            ...call.limits,
            elements: { path: [ITEMS_KEY], onElement: (element) => arrived.push(element) },
          },
    );
    const feed = new AnswerFeed(request, parser);
    const reasoning: string[] = [];
    const parts = new AttemptParts(feed, call.hooks, attempt, (delta) => reasoning.push(delta));
    const snapshots = new PartialEvents<P>(feed, attempt, view);
    // After answer text reached the parser, the new elements (after the snapshot, if it changed).
    async function* elementEvents(
      spec: ModelSpec<E>,
    ): AsyncGenerator<GenerateStreamEvent<V, E, P>, void> {
      while (!elementsStopped && reported < arrived.length) {
        const checked = await checkElement(spec, arrived[reported]);
        if (checked === undefined || !checked.success) {
          elementsStopped = true;
          break;
        }
        // The text that completed the element goes first: a reader of the text (the browser
        // side of `toEventStream`) finds the element there.
        const carried = partials ? snapshots.carry() : undefined;
        if (carried !== undefined) yield carried;
        yield { type: "element", value: checked.data, index: reported, attempt };
        reported++;
      }
    }
    const stream = openStream(loop, call, request);
    let ended = false;
    // A mode rejection comes before the stream's first part: only then may the attempt fall back.
    let first = true;
    let fellBack = false;
    try {
      for (;;) {
        // Awaited here, not through a helper: this runs once per streamed part, and every extra
        // promise per part shows in the cost of streaming.
        let step: IteratorResult<AdapterStreamPart>;
        try {
          step = await raceAbort(stream.next(), call.signal);
        } catch (error) {
          if (first && loop.fellBack(error)) {
            fellBack = true;
            break;
          }
          throw loop.failed(error);
        }
        if (step.done === true) break;
        first = false;
        const fed = parts.add(step.value);
        if (reasoning.length > 0) {
          for (const delta of reasoning) yield { type: "reasoning", delta, attempt };
          reasoning.length = 0;
        }
        if (!fed) continue;
        const changed = partials ? snapshots.changed() : undefined;
        if (changed !== undefined) yield changed;
        if (elements !== undefined && reported < arrived.length) {
          yield* elementEvents(elements.spec);
        }
      }
      ended = true;
    } finally {
      if (!ended) await closeStream(stream, call.signal);
    }
    // The stream failed before its first part and the loop fell back: `begin` sends it again.
    if (fellBack) continue;
    const fed = parts.end();
    for (const delta of reasoning) yield { type: "reasoning", delta, attempt };
    if (fed) {
      const changed = partials ? snapshots.changed() : undefined;
      if (changed !== undefined) yield changed;
      if (elements !== undefined) yield* elementEvents(elements.spec);
    }
    feed.end();
    // The rest of the answer text travels on one last snapshot (maybe the same as before).
    const rest = partials ? snapshots.carry() : undefined;
    if (rest !== undefined) yield rest;
    const response: AdapterResponse = parts.assembled.response();
    if (!parts.assembled.finished()) throw loop.failed(unfinished(response));
    loop.received(response);
    if (response.usage !== undefined) yield { type: "usage", usage: response.usage, attempt };
    const outcome = await evaluateResponse(call, started, response);
    if (outcome.ok) {
      const result = loop.succeeded(outcome);
      if (elements !== undefined) {
        for (const element of elements.all(result.value).slice(reported)) {
          yield { type: "element", value: element, index: reported, attempt };
          reported++;
        }
      }
      yield {
        type: "final",
        value: value(result.value),
        usage: result.usage,
        attempts: result.attempts,
      };
      return;
    }
    await loop.reask(outcome);
    yield { type: "retry", attempt, error: outcome.error };
  }
}

/** A stream that ended without its finish part broke off: what arrived is not an answer. */
function unfinished(response: AdapterResponse): IncompleteOutputError {
  return new IncompleteOutputError(
    "The stream ended before the model finished (no finish part): the answer may be cut off.",
    { rawText: answerText(response) ?? "" },
  );
}
