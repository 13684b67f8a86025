import { InstructorError, type InstructorErrorOptions } from "./instructor-error.js";

/**
 * Why `readEventStream` reports an error:
 * - `remote`: the server's call failed or re-asked; `remoteName` is the server-side error's name
 *   (`RetryError`, `ProviderError`, `ValidationError`, ...);
 * - `http`: the response was not a 2xx event stream (`status` says which);
 * - `disconnected`: the body failed or ended before the call's `final` or `error` event;
 * - `aborted`: the reader's signal fired (`cause` is its reason);
 * - `protocol`: the body is not an instr event stream, or the final value failed the client's
 *   schema.
 */
export type EventStreamErrorKind = "remote" | "http" | "disconnected" | "aborted" | "protocol";

/** An error of a streamed call as the browser (or any `readEventStream` reader) sees it. */
export class EventStreamError extends InstructorError {
  static override readonly isInstance = this.markerGuard("instr.error.event-stream");
  declare readonly kind: EventStreamErrorKind;
  /** `remote` only: the name of the server-side error. */
  declare readonly remoteName: string | undefined;
  /** `http` only: the response status. */
  declare readonly status: number | undefined;

  constructor(
    message: string,
    fields: { kind: EventStreamErrorKind; remoteName?: string; status?: number },
    options: InstructorErrorOptions = {},
  ) {
    super(message, options);
    this.name = "EventStreamError";
    this.assignFields(fields, ["kind", "remoteName", "status"]);
  }
}
