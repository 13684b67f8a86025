import type { StreamPartialEvent } from "../instructor-types/stream-event.js";
import type { AnswerFeed } from "./answer-feed.js";

/**
 * The `partial` events of one attempt: a snapshot when the visible value changed, each with the
 * answer text read since the previous one. `view` turns the parser's raw snapshot into what the
 * caller sees (see `snapshotView`), typed `P`.
 */
export class PartialEvents<P> {
  private last: P | undefined;

  constructor(
    private readonly feed: AnswerFeed,
    private readonly attempt: number,
    private readonly view: (snapshot: unknown) => P | undefined,
  ) {}

  /** After new text: an event when a snapshot is due and the visible value changed. */
  changed(): StreamPartialEvent<P> | undefined {
    const { parser } = this.feed;
    if (!parser.snapshotDue) return undefined;
    const snapshot = this.view(parser.snapshot());
    if (snapshot === undefined || snapshot === this.last) return undefined;
    return this.event(snapshot);
  }

  /**
   * An event that carries the text not sent yet (before an element, at the end of the answer),
   * with the newest snapshot it can afford (maybe the previous one again).
   */
  carry(): StreamPartialEvent<P> | undefined {
    if (!this.feed.hasText) return undefined;
    const { parser } = this.feed;
    // After a parse error the parser throws on every call; its last good snapshot was sent.
    const fresh = !this.feed.failed && (this.last === undefined || parser.snapshotDue);
    const snapshot = (fresh ? this.view(parser.snapshot()) : undefined) ?? this.last;
    return snapshot === undefined ? undefined : this.event(snapshot);
  }

  private event(snapshot: P): StreamPartialEvent<P> {
    this.last = snapshot;
    return { type: "partial", snapshot, text: this.feed.takeText(), attempt: this.attempt };
  }
}
