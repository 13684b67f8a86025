import type { z } from "zod";
import { evaluateResponse } from "../instructor/evaluate-response.js";
import type { InstructorContext } from "../instructor/instructor-context.js";
import { prepareCall } from "../instructor/prepare-call.js";
import type { PreparedCall } from "../instructor/prepared-call.js";
import { createPartialJsonParser } from "../json/partial-json-parser.js";
import { AttemptLoop } from "../retry/attempt-loop.js";
import type { GenerateParams } from "../types/instructor.js";
import type { GenerateStreamEvent } from "../types/stream-event.js";
import { AnswerFeed } from "./answer-feed.js";
import { type ElementsOf, type ItemsOf, itemElements, itemsModel } from "./items-model.js";
import { PartialEvents } from "./partial-events.js";
import { closeStream, nextPart, openStream } from "./provider-parts.js";
import { ResponseAssembler } from "./response-assembler.js";

/** Options of {@link streamEvents} that the views choose. */
export interface StreamEventsOptions {
  /** `false`: no `partial` events (a view that does not show them saves the snapshots). */
  partials?: boolean;
}

/**
 * `Instructor.generateStream` without `iterable`: every event of one streamed call of
 * `params.responseModel`.
 */
export function generateValueStream<S extends z.ZodType>(
  context: InstructorContext,
  params: GenerateParams<S>,
  options: StreamEventsOptions = {},
): AsyncGenerator<GenerateStreamEvent<z.output<S>>, void> {
  return streamEvents<S, never>(context, params, undefined, options);
}

/**
 * `Instructor.generateStream` with `iterable: true`: `params.responseModel` is the element
 * schema; the model is asked for `{ "items": [ ... ] }` (see `itemsModel`).
 */
export function generateElementStream<S extends z.ZodType>(
  context: InstructorContext,
  params: GenerateParams<S>,
  options: StreamEventsOptions = {},
): AsyncGenerator<GenerateStreamEvent<ItemsOf<S>, z.output<S>>, void> {
  const elements = itemElements(params.responseModel);
  return streamEvents(
    context,
    { ...params, responseModel: itemsModel(params.responseModel) },
    elements,
    options,
  );
}

/**
 * The streaming attempt loop: the shared `AttemptLoop` (same hooks, re-asks, usage and errors as
 * `generate`) over `adapter.stream`. Each attempt's answer is fed to a fresh incremental parser as
 * it streams; the assembled response is then evaluated exactly like a whole one. Every outcome is
 * an event: a failure ends the stream with `error` instead of throwing. Leaving the iteration
 * early closes the provider's stream.
 */
async function* streamEvents<S extends z.ZodType, E>(
  context: InstructorContext,
  params: GenerateParams<S>,
  elements: ElementsOf<z.output<S>, E> | undefined,
  options: StreamEventsOptions,
): AsyncGenerator<GenerateStreamEvent<z.output<S>, E>, void> {
  const partials = options.partials !== false;
  // Elements reported so far, over every attempt: a re-asked answer's first ones are skipped.
  let reported = 0;
  try {
    const call: PreparedCall<S> = prepareCall(context, params);
    const loop = new AttemptLoop<z.output<S>>(call, { stream: true });
    for (;;) {
      const { request, attempt } = loop.begin();
      // This attempt's elements in index order, as the parser completes them.
      const arrived: unknown[] = [];
      let elementsStopped = false;
      const parser = createPartialJsonParser(
        elements === undefined
          ? call.limits
          : {
              ...call.limits,
              elements: { path: elements.path, onElement: (value) => arrived.push(value) },
            },
      );
      const feed = new AnswerFeed(request, parser);
      const assembled = new ResponseAssembler();
      const snapshots = new PartialEvents<z.output<S>>(feed, attempt);
      const parts = openStream(loop, call, request);
      let ended = false;
      try {
        for (;;) {
          const step = await nextPart(loop, call, parts);
          if (step.done === true) break;
          const part = step.value;
          assembled.add(part);
          if (part.type === "reasoning-delta") {
            yield { type: "reasoning", delta: part.delta, attempt };
            continue;
          }
          if (!feed.add(part, assembled)) continue;
          const changed = partials ? snapshots.changed() : undefined;
          if (changed !== undefined) yield changed;
          while (elements !== undefined && !elementsStopped && reported < arrived.length) {
            const checked = await elements.check(arrived[reported]);
            if (checked === undefined) {
              elementsStopped = true;
              break;
            }
            // The text that completed the element goes first: a reader of the text (the
            // browser side of `toEventStream`) finds the element there.
            const carried = partials ? snapshots.carry() : undefined;
            if (carried !== undefined) yield carried;
            yield { type: "element", value: checked.value, index: reported, attempt };
            reported++;
          }
        }
        ended = true;
      } finally {
        if (!ended) await closeStream(parts, call.signal);
      }
      feed.end();
      // The rest of the answer text travels on one last snapshot (maybe the same as before).
      const rest = partials ? snapshots.carry() : undefined;
      if (rest !== undefined) yield rest;
      const response = assembled.response();
      loop.received(response);
      if (response.usage !== undefined) yield { type: "usage", usage: response.usage, attempt };
      const outcome = await evaluateResponse(call, response);
      if (outcome.ok) {
        const result = loop.succeeded(outcome);
        if (elements !== undefined) {
          for (const value of elements.all(result.value).slice(reported)) {
            yield { type: "element", value, index: reported, attempt };
            reported++;
          }
        }
        yield {
          type: "final",
          value: result.value,
          usage: result.usage,
          attempts: result.attempts,
        };
        return;
      }
      await loop.reask(outcome);
      yield { type: "retry", attempt, error: outcome.error };
    }
  } catch (error) {
    yield { type: "error", error };
  }
}
