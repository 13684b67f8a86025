import type { z } from "zod";
import { evaluateResponse } from "../instructor/evaluate-response.js";
import type { PreparedCall } from "../instructor/prepared-call.js";
import type { PartialJsonParser } from "../json/partial-json-parser.js";
import { raceAbort } from "../retry/abort.js";
import { AttemptLoop, type AttemptsResult } from "../retry/attempt-loop.js";
import type { AdapterRequest, AdapterResponse } from "../types/adapter.js";
import { AnswerFeed } from "./answer-feed.js";
import { ResponseAssembler } from "./response-assembler.js";

/** What {@link streamAttempts} reports while it runs. */
export type StreamEvent<T> =
  /** New answer text reached the attempt's parser (which is healthy). */
  | { type: "update"; parser: PartialJsonParser }
  /** The call succeeded: the validated value, usage summed over every attempt. */
  | { type: "result"; result: AttemptsResult<T> };

/**
 * The attempt loop of the streaming functions: the shared `AttemptLoop` (same hooks, re-asks,
 * usage and errors as `generate`) over `adapter.stream`. Each attempt gets a fresh parser from
 * `newParser` and its answer is fed to it as it streams; the assembled response is then evaluated
 * exactly like a whole one. Leaving the iteration early closes the provider's stream.
 */
export async function* streamAttempts<S extends z.ZodType>(
  call: PreparedCall<S>,
  newParser: () => PartialJsonParser,
): AsyncGenerator<StreamEvent<z.output<S>>, void> {
  const loop = new AttemptLoop<z.output<S>>(call, { stream: true });
  for (;;) {
    const { request } = loop.begin();
    const feed = new AnswerFeed(request, newParser());
    const assembled = new ResponseAssembler();
    try {
      for await (const fed of readStream(call, request, feed, assembled)) {
        if (fed) yield { type: "update", parser: feed.parser };
      }
    } catch (error) {
      throw loop.failed(error);
    }
    const response: AdapterResponse = assembled.response();
    loop.received(response);
    const result = await loop.settle(await evaluateResponse(call, response));
    if (result !== undefined) {
      yield { type: "result", result };
      return;
    }
  }
}

/**
 * Reads one provider stream into `assembled` and `feed`, yielding after each part whether it fed
 * the parser. Rejects with the abort reason as soon as the call's signal fires, even when the
 * adapter ignores its signal.
 */
async function* readStream(
  call: PreparedCall<z.ZodType>,
  request: AdapterRequest,
  feed: AnswerFeed,
  assembled: ResponseAssembler,
): AsyncGenerator<boolean, void> {
  const parts = call.adapter.stream(request)[Symbol.asyncIterator]();
  let ended = false;
  try {
    for (;;) {
      const step = await raceAbort(parts.next(), call.signal);
      if (step.done === true) break;
      assembled.add(step.value);
      yield feed.add(step.value, assembled);
    }
    ended = true;
    feed.end();
  } finally {
    if (!ended) await closeStream(parts, call.signal);
  }
}

/** Closes a provider stream left early. When aborted its `next` may still hang: do not wait. */
async function closeStream(
  parts: AsyncIterator<unknown>,
  signal: AbortSignal | undefined,
): Promise<void> {
  // The call already has its outcome (an error, or the caller left): a failure to close the
  // abandoned stream has no one to report to.
  const closing = Promise.resolve(parts.return?.()).catch(() => undefined);
  if (signal?.aborted !== true) await closing;
}
