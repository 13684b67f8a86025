import type { JsonParseError } from "../errors/json-parse-error.js";
import type { ValidationError } from "../errors/validation-error.js";
import type { DeepPartial } from "../types/deep-partial.js";
import type {
  PartialResponseOf,
  ResponseInputOf,
  ResponseModel,
  ResponseOf,
} from "../types/response-model.js";
import type { Usage } from "../types/usage.js";

/**
 * The answer so far changed visibly. `snapshot` shares structure with the previous one (only the
 * path to what changed is new; compare by reference) and is the model's unvalidated JSON, typed
 * `P` (for `generateStream`, the deep-partial input of the schema: a wrapped root shows its inner
 * value, a strict dialect's `null` for an absent optional property is removed); never mutate it. `text` is the answer text the parser read
 * since the previous `partial` event of this attempt: joined over an attempt's events it is the
 * whole JSON answer (in MD_JSON mode without the fence, in TOOLS mode the tool's arguments), which
 * is what `toEventStream` sends instead of snapshots. A `partial` may repeat the previous snapshot
 * to carry text: the text that completed an element comes before the `element` event, and the
 * rest of an attempt's text before its `usage` and `final`.
 */
export interface StreamPartialEvent<P> {
  type: "partial";
  snapshot: P;
  text: string;
  /** 1-based attempt number. */
  attempt: number;
}

/**
 * Iterable mode only: one element of the list, validated on its own, with its index. An element
 * is reported once: after a `retry` the re-asked answer's first elements (those already reported)
 * are skipped, and elements the final answer has beyond those are reported before `final`.
 */
export interface StreamElementEvent<E> {
  type: "element";
  value: E;
  index: number;
  attempt: number;
}

/** Reasoning text the model streamed (never parsed as the answer). */
export interface StreamReasoningEvent {
  type: "reasoning";
  delta: string;
  attempt: number;
}

/**
 * An attempt's answer failed to parse or validate and is being re-asked: the next `partial`
 * snapshots start over from the new answer.
 */
export interface StreamRetryEvent {
  type: "retry";
  /** The attempt that failed. */
  attempt: number;
  error: ValidationError | JsonParseError;
}

/** The provider's usage for one attempt, as soon as that attempt's stream ended. */
export interface StreamUsageEvent {
  type: "usage";
  usage: Usage;
  attempt: number;
}

/** The call succeeded: the validated value (zod output), usage summed over every attempt. */
export interface StreamFinalEvent<T> {
  type: "final";
  value: T;
  usage: Usage;
  /** Attempts made, the successful one included. */
  attempts: number;
}

/**
 * The call failed; nothing follows. `error` is what `generate` would reject with: a
 * `RetryError`, `ProviderError`, `RefusalError`, `IncompleteOutputError`, another
 * `InstructorError`, or the abort reason (by default a `DOMException`).
 */
export interface StreamErrorEvent {
  type: "error";
  error: unknown;
}

/**
 * One event of `Instructor.generateStream`: `T` is the value, `E` the element type in iterable
 * mode (`never` otherwise: no `element` event can occur), `P` the type of `partial` snapshots.
 * The last event is always `final` or `error`.
 */
export type GenerateStreamEvent<T, E = never, P = DeepPartial<T>> =
  | StreamPartialEvent<P>
  | StreamElementEvent<E>
  | StreamReasoningEvent
  | StreamRetryEvent
  | StreamUsageEvent
  | StreamFinalEvent<T>
  | StreamErrorEvent;

/** The value of `generateStream({ iterable: true })`: the elements, under `items`. */
export type ItemsOf<E> = { items: E[] };

/** The events of `generateStream` without `iterable`: snapshots typed as in `generatePartial`. */
export type ValueStreamEvent<S extends ResponseModel> = GenerateStreamEvent<
  ResponseOf<S>,
  never,
  PartialResponseOf<S>
>;

/** The events of `generateStream({ iterable: true })`; `S` is the element schema. */
export type ElementStreamEvent<S extends ResponseModel> = GenerateStreamEvent<
  ItemsOf<ResponseOf<S>>,
  ResponseOf<S>,
  DeepPartial<ItemsOf<ResponseInputOf<S>>>
>;
