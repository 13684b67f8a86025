import type { GenerateStreamEvent } from "../instructor-types/stream-event.js";
import { afterTurn } from "./within-turn.js";

/** A result waiting for the consumer's next `next()`: a value, the end, or the call's error. */
type Outcome<T> = { result: IteratorResult<T, void> } | { error: unknown };

/**
 * `generatePartial`'s iterator over the events of `generateStream`: the `partial` snapshots, then
 * the `final` value; a failure rejects after the snapshot it held. The newest snapshot is held
 * back until the stream shows it is not the last one: a newer snapshot arrives, or the event
 * loop's turn ends while the consumer waits (the provider paused). The last one held when the
 * answer ends is dropped (the validated value comes next).
 *
 * Written as an iterator rather than an async generator: this runs once per snapshot, and a
 * generator layer plus a race of each read against the end of the turn cost more than the
 * snapshot itself. Here a consumer's `next()` is one promise, settled by whichever comes first,
 * a newer snapshot or the end of the turn (one timer per turn). Events are read only while the
 * consumer waits, as a generator would.
 */
export class PartialValues<P, V> implements AsyncGenerator<P | V, void> {
  private held: P | undefined;
  /** The last snapshot seen, held or shown: an equal one is not an update. */
  private last: P | undefined;
  private waiting:
    | { resolve: (result: IteratorResult<P | V, void>) => void; reject: (error: unknown) => void }
    | undefined;
  /** Outcomes that came while no `next()` waited, oldest first. */
  private readonly ready: Outcome<P | V>[] = [];
  private reading = false;
  private ended = false;
  private turnArmed = false;
  /** The last `next()` promise: a call made while one is pending waits for it. */
  private current: Promise<unknown> | undefined;

  constructor(private readonly events: AsyncGenerator<GenerateStreamEvent<V, unknown, P>, void>) {}

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<IteratorResult<P | V, void>> {
    if (this.waiting !== undefined && this.current !== undefined) {
      // A call before the previous one settled: it waits its turn.
      const after = this.current.then(
        () => this.next(),
        () => this.next(),
      );
      this.current = after;
      return after;
    }
    const outcome = this.ready.shift();
    if (outcome !== undefined) {
      return "error" in outcome ? Promise.reject(outcome.error) : Promise.resolve(outcome.result);
    }
    if (this.ended) return Promise.resolve({ done: true, value: undefined });
    const pending = new Promise<IteratorResult<P | V, void>>((resolve, reject) => {
      this.waiting = { resolve, reject };
    });
    this.current = pending;
    this.read();
    return pending;
  }

  /** Leaves early: closes the events (and so the provider's stream). */
  async return(): Promise<IteratorResult<P | V, void>> {
    this.stop();
    await this.events.return();
    return { done: true, value: undefined };
  }

  async throw(error: unknown): Promise<IteratorResult<P | V, void>> {
    this.stop();
    await this.events.return();
    throw error;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.return();
  }

  private stop(): void {
    this.ended = true;
    this.held = undefined;
    this.ready.length = 0;
    if (this.waiting !== undefined) this.settle({ result: { done: true, value: undefined } });
  }

  /** Reads the next event, for the consumer waiting now. */
  private read(): void {
    if (this.reading || this.ended || this.waiting === undefined) return;
    this.reading = true;
    this.events.next().then(this.onStep, this.onFailure);
    if (this.held !== undefined) this.watchTurn();
  }

  private readonly onStep = (step: IteratorResult<GenerateStreamEvent<V, unknown, P>, void>) => {
    this.reading = false;
    if (this.ended) return;
    if (step.done === true) {
      this.ended = true;
      this.held = undefined;
      this.settle({ result: { done: true, value: undefined } });
      return;
    }
    const event = step.value;
    if (event.type === "partial" && event.snapshot !== this.last) {
      const shown = this.held;
      this.held = event.snapshot;
      this.last = event.snapshot;
      if (shown !== undefined) this.settle({ result: { done: false, value: shown } });
    } else if (event.type === "final") {
      this.held = undefined;
      this.settle({ result: { done: false, value: event.value } });
      // The final event is the last: finish the events so their tracing and cleanup run.
      this.ended = true;
      void this.events.return().catch(() => undefined);
      return;
    }
    this.read();
  };

  private readonly onFailure = (error: unknown) => {
    this.reading = false;
    if (this.ended) return;
    this.ended = true;
    // No value follows: what the answer showed so far is still worth seeing before the error.
    const shown = this.held;
    this.held = undefined;
    if (shown !== undefined) this.settle({ result: { done: false, value: shown } });
    this.settle({ error });
  };

  /** At the end of this turn, a consumer still waiting gets the held snapshot. */
  private watchTurn(): void {
    if (this.turnArmed) return;
    this.turnArmed = true;
    afterTurn(() => {
      this.turnArmed = false;
      const shown = this.held;
      if (this.waiting === undefined || shown === undefined || this.ended) return;
      this.held = undefined;
      this.settle({ result: { done: false, value: shown } });
    });
  }

  /** Gives `outcome` to the waiting consumer, or keeps it for the next call. */
  private settle(outcome: Outcome<P | V>): void {
    const waiting = this.waiting;
    if (waiting === undefined) {
      this.ready.push(outcome);
      return;
    }
    this.waiting = undefined;
    if ("error" in outcome) waiting.reject(outcome.error);
    else waiting.resolve(outcome.result);
  }
}
