import { InstructorError, type InstructorErrorOptions } from "./instructor-error.js";

const marker = "instr.error.event-stream";
const symbol = Symbol.for(marker);

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
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker isInstance reads via Symbol.for
  private readonly [symbol] = true;
  readonly kind: EventStreamErrorKind;
  /** `remote` only: the name of the server-side error. */
  readonly remoteName: string | undefined;
  /** `http` only: the response status. */
  readonly status: number | undefined;

  constructor(
    message: string,
    fields: { kind: EventStreamErrorKind; remoteName?: string; status?: number },
    options: InstructorErrorOptions = {},
  ) {
    super(message, options);
    this.name = "EventStreamError";
    this.kind = fields.kind;
    this.remoteName = fields.remoteName;
    this.status = fields.status;
  }

  static override isInstance(error: unknown): error is EventStreamError {
    return InstructorError.hasMarker(error, marker);
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      kind: this.kind,
      ...(this.remoteName === undefined ? {} : { remoteName: this.remoteName }),
      ...(this.status === undefined ? {} : { status: this.status }),
    };
  }
}
