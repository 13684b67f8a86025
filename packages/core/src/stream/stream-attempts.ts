import { IncompleteOutputError } from "../errors/incomplete-output-error.js";
import { evaluateResponse } from "../instructor/evaluate-response.js";
import type { PreparedCall } from "../instructor/prepared-call.js";
import type { PartialJsonParser } from "../json/partial-json-parser.js";
import { answerText } from "../modes/answer-text.js";
import { raceAbort } from "../retry/abort.js";
import { AttemptLoop, type AttemptsResult } from "../retry/attempt-loop.js";
import type { AdapterRequest, AdapterResponse, AdapterStreamPart } from "../types/adapter.js";
import { AnswerFeed } from "./answer-feed.js";
import { AttemptParts } from "./attempt-parts.js";
import { NOT_YET, withinTurn } from "./within-turn.js";

/** What {@link streamAttempts} reports while it runs. */
export type StreamEvent<T> =
  /** New answer text reached the attempt's parser (which is healthy). */
  | { type: "update"; parser: PartialJsonParser }
  /**
   * Only with `reportPauses`: after an update, the stream's next step did not arrive within one
   * event-loop turn (the provider has not sent more yet). Reported once per quiet spell.
   */
  | { type: "pause" }
  /** The call succeeded: the validated value, usage summed over every attempt. */
  | { type: "result"; result: AttemptsResult<T> };

/** Options of {@link streamAttempts}. */
export interface StreamAttemptsOptions {
  /** Report a `pause` event when the stream's next step is not there right after an update. */
  reportPauses?: boolean;
}

/**
 * The attempt loop of the streaming functions: the shared `AttemptLoop` (same hooks, re-asks,
 * usage and errors as `generate`) over `adapter.stream`. Each attempt gets a fresh parser from
 * `newParser` and its answer is fed to it as it streams, `<think>` reasoning split out of the
 * text first and reasoning deltas reported to the `reasoning` hook (`AttemptParts`); the assembled response is then evaluated
 * exactly like a whole one. Leaving the iteration early closes the provider's stream.
 */
export async function* streamAttempts<T>(
  call: PreparedCall<T>,
  newParser: () => PartialJsonParser,
  options: StreamAttemptsOptions = {},
): AsyncGenerator<StreamEvent<T>, void> {
  const loop = new AttemptLoop<T>(call, { stream: true });
  for (;;) {
    const started = loop.begin();
    const { request } = started;
    const feed = new AnswerFeed(request, newParser());
    const update: StreamEvent<T> = { type: "update", parser: feed.parser };
    // An update came, and no pause has been reported since.
    let unpaused = false;
    const attempt = new AttemptParts(feed, call.hooks, started.attempt);
    const parts = openStream(loop, call, request);
    let ended = false;
    // A mode rejection comes before the stream's first part: only then may the attempt fall back.
    let first = true;
    let fellBack = false;
    try {
      // One loop, no inner generator: each part costs a single async hop to the caller. With
      // `reportPauses`, that wait gives up after one event-loop turn to report the pause first.
      for (;;) {
        const next = nextPart(loop, call, parts, first);
        let step = unpaused && options.reportPauses === true ? await withinTurn(next) : await next;
        if (step === NOT_YET) {
          unpaused = false;
          yield PAUSE;
          step = await next;
        }
        if (step === FELL_BACK) {
          fellBack = true;
          break;
        }
        if (step.done === true) break;
        first = false;
        if (attempt.add(step.value)) {
          unpaused = true;
          yield update;
        }
      }
      ended = true;
    } finally {
      if (!ended) await closeStream(parts, call.signal);
    }
    // The stream failed before its first part and the loop fell back: `begin` sends it again.
    if (fellBack) continue;
    if (attempt.end()) yield update;
    feed.end();
    const response: AdapterResponse = attempt.assembled.response();
    if (!attempt.assembled.finished()) throw loop.failed(unfinished(response));
    loop.received(response);
    const outcome = await evaluateResponse(call, started, response);
    if (outcome.ok) {
      yield { type: "result", result: loop.succeeded(outcome) };
      return;
    }
    await loop.reask(outcome);
  }
}

const PAUSE = { type: "pause" } as const;

/** `nextPart`'s answer when the provider rejected the attempt's mode and the loop fell back. */
const FELL_BACK = Symbol("fell back");

/** A stream that ended without its finish part broke off: what arrived is not an answer. */
function unfinished(response: AdapterResponse): IncompleteOutputError {
  return new IncompleteOutputError(
    "The stream ended before the model finished (no finish part): the answer may be cut off.",
    { rawText: answerText(response) ?? "" },
  );
}

function openStream(
  loop: AttemptLoop<unknown>,
  call: PreparedCall<unknown>,
  request: AdapterRequest,
): AsyncIterator<AdapterStreamPart> {
  try {
    return call.adapter.stream(request)[Symbol.asyncIterator]();
  } catch (error) {
    throw loop.failed(error);
  }
}

/**
 * The next part of the provider's stream. Rejects with the abort reason as soon as the call's
 * signal fires, even when the adapter ignores its signal; a provider failure is reported
 * (`completion:error`) and rethrown, unless it is the `first` part's and the provider rejected
 * the mode: then the loop falls back and this resolves to `FELL_BACK`.
 */
async function nextPart(
  loop: AttemptLoop<unknown>,
  call: PreparedCall<unknown>,
  parts: AsyncIterator<AdapterStreamPart>,
  first: boolean,
): Promise<IteratorResult<AdapterStreamPart> | typeof FELL_BACK> {
  try {
    return await raceAbort(parts.next(), call.signal);
  } catch (error) {
    if (first && loop.fellBack(error)) return FELL_BACK;
    throw loop.failed(error);
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
