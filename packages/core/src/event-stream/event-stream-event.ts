import type { EventStreamError } from "../errors/event-stream-error.js";
import type {
  StreamElementEvent,
  StreamFinalEvent,
  StreamPartialEvent,
  StreamReasoningEvent,
  StreamUsageEvent,
} from "../instructor-types/stream-event.js";
import type { DeepPartial } from "../types/deep-partial.js";

/**
 * One event of `readEventStream`: the events of the server's `generateStream`, rebuilt from the
 * wire. Errors arrive as `EventStreamError`s (`kind: "remote"` with the server error's name, or
 * what went wrong on the way). The last event is always `final` or `error`.
 */
export type EventStreamEvent<T, E = unknown> =
  | StreamPartialEvent<DeepPartial<T>>
  | StreamElementEvent<E>
  | StreamReasoningEvent
  | { type: "retry"; attempt: number; error: EventStreamError }
  | StreamUsageEvent
  | StreamFinalEvent<T>
  | { type: "error"; error: EventStreamError };
