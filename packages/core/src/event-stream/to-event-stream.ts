import { InstructorError } from "../errors/instructor-error.js";
import type { GenerateStreamEvent } from "../instructor-types/stream-event.js";
import { eventFrame, textFrame, WireEvent, wireError } from "./wire-format.js";
import { LATE, withinTime } from "./within-time.js";

/** Options of {@link toEventStream}. */
export interface ToEventStreamOptions {
  /**
   * Answer text that arrives within this many milliseconds goes out as one event (default 16,
   * about one frame of a 60 Hz display): a model that streams a few characters per token would
   * otherwise spend more bytes on event framing than on its answer. `0`: one event per `partial`.
   */
  flushMs?: number;
}

/**
 * A `generateStream` call as a body of server-sent events (web streams only: Node 18+, Deno,
 * Bun, edge runtimes, Next.js route handlers, Hono). The answer travels as its raw text, never
 * as snapshots (`readEventStream` rebuilds them), so the body is linear in the answer; see
 * `wire-format.ts` for the events. Answer text is batched for `flushMs`; every other event goes
 * out at once with the text before it. The body ends after `final` or `error`; an iterable that
 * throws ends it with an `error` event.
 *
 * Cancelling the body (the client went away) closes the iterator, which closes the provider's
 * stream; pass the request's `signal` to `generateStream` too so that a call waiting on the
 * provider stops at once.
 *
 * @throws InstructorError (synchronously) when `flushMs` is not a finite number >= 0.
 */
export function toEventStream<T, E>(
  stream: AsyncIterable<GenerateStreamEvent<T, E>>,
  options: ToEventStreamOptions = {},
): ReadableStream<Uint8Array> {
  const flushMs = options.flushMs ?? 16;
  if (!Number.isFinite(flushMs) || flushMs < 0) {
    throw new InstructorError(`flushMs must be a finite number >= 0, got ${flushMs}.`);
  }
  const encoder = new TextEncoder();
  const events = stream[Symbol.asyncIterator]();
  // A `next()` still in flight when a pull ended to send batched text; the next pull awaits it.
  let inflight: Promise<IteratorResult<GenerateStreamEvent<T, E>>> | undefined;
  let text = "";
  let textSince = 0;
  const takeText = () => {
    const frame = text === "" ? "" : textFrame(text);
    text = "";
    return frame;
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      for (;;) {
        inflight ??= events.next();
        let step: IteratorResult<GenerateStreamEvent<T, E>> | typeof LATE;
        try {
          step =
            text === ""
              ? await inflight
              : await withinTime(inflight, Math.max(0, textSince + flushMs - Date.now()));
        } catch (error) {
          controller.enqueue(encoder.encode(takeText() + frameOf({ type: "error", error })));
          controller.close();
          return;
        }
        if (step === LATE) {
          controller.enqueue(encoder.encode(takeText()));
          return;
        }
        inflight = undefined;
        if (step.done === true) {
          const rest = takeText();
          if (rest !== "") controller.enqueue(encoder.encode(rest));
          controller.close();
          return;
        }
        const event = step.value;
        if (event.type === "partial") {
          if (event.text === "") continue;
          if (text === "") textSince = Date.now();
          text += event.text;
          if (Date.now() - textSince < flushMs) continue;
          controller.enqueue(encoder.encode(takeText()));
          return;
        }
        controller.enqueue(encoder.encode(takeText() + frameOf(event)));
        if (event.type === "final" || event.type === "error") controller.close();
        return;
      }
    },
    cancel() {
      // The reader left: close the call. A `next()` in flight may wait on the provider; do not
      // hold the cancel on it (the call's own signal ends that wait).
      void Promise.resolve(events.return?.()).catch(() => undefined);
    },
  });
}

/** The frame of every event but `partial` (whose text is batched). */
function frameOf<T, E>(event: Exclude<GenerateStreamEvent<T, E>, { type: "partial" }>): string {
  switch (event.type) {
    case "element":
      return eventFrame(WireEvent.element, { index: event.index });
    case "reasoning":
      return eventFrame(WireEvent.reasoning, event.delta);
    case "retry":
      return eventFrame(WireEvent.retry, { attempt: event.attempt, error: wireError(event.error) });
    case "usage":
      return eventFrame(WireEvent.usage, { attempt: event.attempt, usage: event.usage });
    case "final":
      return eventFrame(WireEvent.final, { usage: event.usage, attempts: event.attempts });
    case "error":
      return eventFrame(WireEvent.error, wireError(event.error));
  }
}
