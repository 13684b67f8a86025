import {
  type DeepPartial,
  EventStreamError,
  type EventStreamEvent,
  readEventStream,
  type Usage,
} from "@instr/core";
import type { z } from "zod";
import { initialState, type ObjectState } from "./object-state.js";

/** What `useObject` is given. */
export interface UseObjectOptions<T> {
  /** The route that answers a POST of the input (as JSON) with `toResponse(generateStream(…))`. */
  api: string;
  /**
   * Validates the final value in the browser too, for zod's output (transforms, defaults) and
   * the value's type; without it the type is the hook's type argument.
   */
  schema?: z.ZodType<T>;
  /** Called once with the validated value when a call succeeds. */
  onFinish?: (result: { object: T; usage: Usage; attempts: number }) => void;
  /** Called once when a call fails (not after `stop`). */
  onError?: (error: EventStreamError) => void;
  /** Extra request headers (e.g. authorization). */
  headers?: Record<string, string>;
  /** The `fetch` to use; default the global one. */
  fetch?: typeof fetch;
}

/**
 * The state machine behind `useObject`, free of React: `submit` POSTs the input and reads the
 * route's event stream into an {@link ObjectState}; listeners hear of every change. One call at
 * a time: a new `submit` stops the previous call first.
 */
export class ObjectStreamStore<T, E> {
  private state: ObjectState<T, E> = initialState();
  private readonly listeners = new Set<() => void>();
  private controller: AbortController | undefined;

  constructor(private options: UseObjectOptions<T>) {}

  /** Takes the newest options (callbacks may change between renders). */
  setOptions(options: UseObjectOptions<T>): void {
    this.options = options;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): ObjectState<T, E> => this.state;

  /** Starts a call with `input` as the JSON body; resolves when it has ended (any way). */
  readonly submit = async (input: unknown): Promise<void> => {
    this.stop();
    const controller = new AbortController();
    this.controller = controller;
    this.update({ ...initialState<T, E>(), isLoading: true, attempt: 1 });
    const { signal } = controller;
    try {
      const response = await (this.options.fetch ?? fetch)(this.options.api, {
        method: "POST",
        headers: { "content-type": "application/json", ...this.options.headers },
        body: JSON.stringify(input),
        signal,
      });
      const { schema } = this.options;
      const events = readEventStream<T, E>(response, {
        signal,
        ...(schema === undefined ? {} : { schema }),
      });
      for await (const event of events) {
        if (this.controller !== controller) return; // stopped, or a newer call took over
        this.apply(event);
      }
    } catch (error) {
      if (this.controller !== controller) return;
      this.fail(
        new EventStreamError(
          "The request to the route failed before its event stream began.",
          { kind: "disconnected" },
          { cause: error },
        ),
      );
    }
  };

  /** Ends the current call: aborts the request (the route's call with it) and keeps the state. */
  readonly stop = (): void => {
    const controller = this.controller;
    if (controller === undefined) return;
    this.controller = undefined;
    controller.abort();
    if (this.state.isLoading) this.update({ ...this.state, isLoading: false });
  };

  private apply(event: EventStreamEvent<T, E>): void {
    const { state } = this;
    switch (event.type) {
      case "partial":
        this.update({ ...state, object: event.snapshot });
        return;
      case "element":
        this.update({ ...state, elements: [...state.elements, event.value] });
        return;
      case "reasoning":
        this.update({ ...state, reasoning: state.reasoning + event.delta });
        return;
      case "retry":
        this.update({ ...state, object: undefined, reasoning: "", attempt: event.attempt + 1 });
        return;
      case "usage":
        return;
      case "final":
        this.controller = undefined;
        this.update({
          ...state,
          object: asPartial(event.value),
          usage: event.usage,
          attempt: event.attempts,
          isLoading: false,
        });
        this.options.onFinish?.({
          object: event.value,
          usage: event.usage,
          attempts: event.attempts,
        });
        return;
      case "error":
        this.controller = undefined;
        this.fail(event.error);
        return;
    }
  }

  private fail(error: EventStreamError): void {
    this.controller = undefined;
    this.update({ ...this.state, error, isLoading: false });
    this.options.onError?.(error);
  }

  private update(state: ObjectState<T, E>): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

/** A validated value is a valid partial one (TypeScript cannot see that through `DeepPartial`). */
function asPartial<T>(value: T): DeepPartial<T> {
  return value as DeepPartial<T>;
}
