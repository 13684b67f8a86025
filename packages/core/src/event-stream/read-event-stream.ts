import type { z } from "zod";
import { readServerSentEvents } from "../adapter-kit/read-server-sent-events.js";
import { EventStreamError } from "../errors/event-stream-error.js";
import type { StreamShapeEvent } from "../instructor-types/stream-event.js";
import { createPartialJsonParser, type PartialJsonParser } from "../json/partial-json-parser.js";
import { ITEMS_KEY } from "../schema/model/items-model-spec.js";
import { asPartial } from "../stream/as-partial.js";
import { elementView, snapshotView } from "../stream/snapshot-view.js";
import type { DeepPartial } from "../types/deep-partial.js";
import type { JsonLimits } from "../types/json-limits.js";
import type { EventStreamEvent } from "./event-stream-event.js";
import { WireEvent } from "./wire-format.js";
import { protocolError, WirePayload } from "./wire-payload.js";

/** Options of {@link readEventStream}. */
export interface ReadEventStreamOptions<S extends z.ZodType = z.ZodType> {
  /**
   * Validates the final value on this side too (the server already did): the `final` event then
   * carries zod's output (transforms, defaults), and a mismatch is a `protocol` error.
   */
  schema?: S;
  /** Stops reading; the iteration then ends with an `aborted` error event. */
  signal?: AbortSignal;
  /** Limits of the client's parser (defaults: 8 MiB, depth 512, as on the server). */
  limits?: JsonLimits;
}

/**
 * Reads what `toEventStream` / `toResponse` sent (a `fetch` response or its body) as the typed
 * events of the server's `generateStream`, in a browser or anywhere web streams run. Snapshots
 * are rebuilt from the answer text with the incremental parser: each character is parsed once
 * and each snapshot copies only the path to what changed (structural sharing), so the whole
 * stream costs O(n). Elements are the values the parser completed at the index the server
 * validated.
 *
 * Never throws: a non-2xx response, a body that fails or ends before `final`/`error` (a dropped
 * connection), an abort or a malformed body end the iteration with an `error` event carrying an
 * `EventStreamError` of that `kind`. Without `schema`, `T` is the caller's word for the value the
 * server validated.
 */
export function readEventStream<S extends z.ZodType>(
  source: Response | ReadableStream<Uint8Array>,
  options: ReadEventStreamOptions<S> & { schema: S },
): AsyncGenerator<EventStreamEvent<z.output<S>>, void>;
export function readEventStream<T = unknown, E = unknown>(
  source: Response | ReadableStream<Uint8Array>,
  options?: ReadEventStreamOptions,
): AsyncGenerator<EventStreamEvent<T, E>, void>;
export async function* readEventStream(
  source: Response | ReadableStream<Uint8Array>,
  options: ReadEventStreamOptions = {},
): AsyncGenerator<EventStreamEvent<unknown, unknown>, void> {
  const { signal, schema } = options;
  let body: ReadableStream<Uint8Array>;
  if (source instanceof ReadableStream) {
    body = source;
  } else if (!source.ok) {
    const status = `${source.status}${source.statusText === "" ? "" : ` ${source.statusText}`}`;
    await source.body?.cancel().catch(() => undefined);
    yield errorEvent(`The server answered ${status} instead of an event stream.`, {
      kind: "http",
      status: source.status,
    });
    return;
  } else if (source.body === null) {
    yield { type: "error", error: protocolError("the response has no body") };
    return;
  } else {
    body = source.body;
  }
  const answer = new AnswerText(options.limits);
  try {
    for await (const { event, data } of readServerSentEvents(body, signal)) {
      if (event === undefined || event === WireEvent.text) {
        const text = event === undefined ? data : new WirePayload(event, data).string();
        const snapshot = answer.push(text);
        if (snapshot !== undefined) {
          yield { type: "partial", snapshot, text: answer.takeText(), attempt: answer.attempt };
        }
        continue;
      }
      if (
        event !== WireEvent.shape &&
        event !== WireEvent.element &&
        event !== WireEvent.reasoning &&
        event !== WireEvent.retry &&
        event !== WireEvent.usage &&
        event !== WireEvent.final &&
        event !== WireEvent.error
      ) {
        continue; // a newer server's event: not for this reader
      }
      const payload = new WirePayload(event, data);
      switch (event) {
        case WireEvent.shape:
          answer.reshape({
            type: "shape",
            wrapped: payload.flag("wrapped"),
            nullOptionals: payload.optionalObject("nullOptionals"),
          });
          break;
        case WireEvent.element: {
          const index = payload.count("index");
          yield { type: "element", value: answer.element(index), index, attempt: answer.attempt };
          break;
        }
        case WireEvent.reasoning:
          yield { type: "reasoning", delta: payload.string(), attempt: answer.attempt };
          break;
        case WireEvent.retry: {
          const attempt = payload.count("attempt");
          const { name, message } = payload.error("error");
          answer.restart(attempt + 1);
          yield errorEvent(message, { kind: "remote", remoteName: name }, attempt);
          break;
        }
        case WireEvent.usage:
          yield {
            type: "usage",
            usage: payload.usage("usage"),
            attempt: payload.count("attempt"),
          };
          break;
        case WireEvent.final: {
          const value = await finalValue(answer.end(), schema);
          const rest = answer.rest();
          if (rest !== undefined) yield { type: "partial", ...rest, attempt: answer.attempt };
          yield {
            type: "final",
            value,
            usage: payload.usage("usage"),
            attempts: payload.count("attempts"),
          };
          return;
        }
        case WireEvent.error: {
          const { name, message } = payload.error();
          yield errorEvent(message, { kind: "remote", remoteName: name });
          return;
        }
      }
    }
    yield errorEvent("The event stream ended before the call's final or error event.", {
      kind: "disconnected",
    });
  } catch (error) {
    yield { type: "error", error: readError(error, signal) };
  }
}

/** A `retry` event when `attempt` is given, else a terminal `error` event. */
function errorEvent(
  message: string,
  fields: ConstructorParameters<typeof EventStreamError>[1],
  attempt?: number,
): EventStreamEvent<unknown, unknown> {
  const error = new EventStreamError(message, fields);
  return attempt === undefined ? { type: "error", error } : { type: "retry", attempt, error };
}

/** What a failure while reading means: an abort, a bad body, or a dropped connection. */
function readError(error: unknown, signal: AbortSignal | undefined): EventStreamError {
  if (signal?.aborted === true) {
    return new EventStreamError(
      "Reading the event stream was aborted.",
      { kind: "aborted" },
      {
        cause: signal.reason,
      },
    );
  }
  if (EventStreamError.isInstance(error)) return error;
  return new EventStreamError(
    "The event stream broke off before the call's final or error event.",
    { kind: "disconnected" },
    { cause: error },
  );
}

/** The final value: the parsed answer, through `schema` when the reader has one. */
async function finalValue(value: unknown, schema: z.ZodType | undefined): Promise<unknown> {
  if (schema === undefined) return value;
  const result = await schema.safeParseAsync(value);
  if (!result.success) {
    throw protocolError(
      `the final value does not match the client's schema (${result.error.message})`,
    );
  }
  return result.data;
}

/**
 * One attempt's answer text, parsed incrementally into snapshots and elements. Snapshots go
 * through the same view as on the server (`snapshotView` of the call's `shape` event), so they
 * equal the server's: a wrapped root's inner value, without the nulls of absent optionals.
 */
class AnswerText {
  attempt = 1;
  private parser: PartialJsonParser;
  private view = snapshotView<unknown>(undefined);
  private elementView = elementView(undefined);
  private arrived: unknown[] = [];
  private last: unknown;
  private pending = "";

  constructor(private readonly limits: JsonLimits | undefined) {
    this.parser = this.newParser();
  }

  /** Parses `text`; returns the new snapshot when the visible value changed (and one is due). */
  push(text: string) {
    try {
      this.parser.push(text);
    } catch (error) {
      throw protocolError("the answer text is not the JSON the server parsed", error);
    }
    this.pending += text;
    if (!this.parser.snapshotDue) return undefined;
    const snapshot = this.view(this.parser.snapshot());
    if (snapshot === undefined || snapshot === this.last) return undefined;
    this.last = snapshot;
    return asPartial<unknown>(snapshot);
  }

  /** The text pushed since the previous call. */
  takeText(): string {
    const text = this.pending;
    this.pending = "";
    return text;
  }

  /**
   * The text not yet reported on a snapshot, with the newest snapshot, when there is some (as
   * on the server, the last `partial` of an answer may repeat a snapshot to carry the text).
   */
  rest(): { snapshot: DeepPartial<unknown>; text: string } | undefined {
    if (this.pending === "") return undefined;
    const snapshot = this.view(this.parser.snapshot()) ?? this.last;
    if (snapshot === undefined) return undefined;
    this.last = snapshot;
    return { snapshot: asPartial<unknown>(snapshot), text: this.takeText() };
  }

  /** The completed element at `index` of the answer's `items`, as the server's view shows it. */
  element(index: number): unknown {
    if (index >= this.arrived.length) {
      throw protocolError(`element ${index} was announced before its text arrived`);
    }
    return this.elementView(this.arrived[index]);
  }

  /** A re-asked answer starts: a new parser for attempt `attempt`. */
  restart(attempt: number): void {
    this.attempt = attempt;
    this.arrived = [];
    this.last = undefined;
    this.pending = "";
    this.parser = this.newParser();
  }

  /** How the server's snapshots follow from the text: applies from the next snapshot on. */
  reshape(shape: StreamShapeEvent): void {
    this.view = snapshotView<unknown>(shape);
    this.elementView = elementView(shape);
  }

  /** The whole answer's value, as the server's view shows it. */
  end(): unknown {
    let parsed: unknown;
    try {
      parsed = this.parser.end();
    } catch (error) {
      throw protocolError("the answer text ended incomplete", error);
    }
    const value = this.view(parsed);
    if (value === undefined) throw protocolError("the answer is not wrapped as announced");
    return value;
  }

  private newParser(): PartialJsonParser {
    const arrived = this.arrived;
    return createPartialJsonParser({
      ...this.limits,
      elements: { path: [ITEMS_KEY], onElement: (value) => arrived.push(value) },
    });
  }
}
