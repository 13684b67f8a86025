import type { DeepPartial, EventStreamError, Usage } from "@instr/core";

/** What `useObject` shows at one moment; a new object whenever something changed. */
export interface ObjectState<T, E> {
  /**
   * The answer so far: a partial snapshot while it streams (unvalidated, shares structure with
   * the previous one), the validated value once `final` arrived; `undefined` before the first
   * snapshot and again when a re-ask restarts the answer.
   */
  object: DeepPartial<T> | undefined;
  /** Iterable routes: the validated elements so far, in order (never repeated by a re-ask). */
  elements: readonly E[];
  /** The reasoning text the model streamed for the current attempt. */
  reasoning: string;
  /** Why the last call failed; `undefined` while it runs and after a success or `stop`. */
  error: EventStreamError | undefined;
  /** True from `submit` until the call's final value, its error, or `stop`. */
  isLoading: boolean;
  /** The attempt now streaming (1-based): a re-ask increments it and restarts `object`. */
  attempt: number;
  /** Usage summed over every attempt, once the call succeeded. */
  usage: Usage | undefined;
}

/** The state before any call (also what a server render shows). */
export function initialState<T, E>(): ObjectState<T, E> {
  return {
    object: undefined,
    elements: [],
    reasoning: "",
    error: undefined,
    isLoading: false,
    attempt: 0,
    usage: undefined,
  };
}
