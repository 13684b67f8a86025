/** What {@link TurnWatch.race} gives when the promise has not settled within the turn. */
export const NOT_YET: unique symbol = Symbol("not yet");

/**
 * Tells whether a promise settles within the current turn of the event loop (before the loop goes
 * on to timers and I/O): a cheap look at whether a stream's next step has already arrived.
 *
 * One watch serves one consumer. It arms a single end-of-turn callback per turn and shares it
 * between every `race` of that turn: a fast stream asks once per part, and a timer per question
 * (arming and clearing it) cost more than the rest of the part's work.
 */
export class TurnWatch {
  private armed = false;
  /** Settles the pending `race` with NOT_YET when the turn ends first. */
  private wake: ((value: typeof NOT_YET) => void) | undefined;

  /**
   * `promise`'s outcome if it settles within the current turn, else {@link NOT_YET}. A rejection
   * within the turn rejects; a later one stays with `promise`. One `race` at a time.
   */
  race<T>(promise: Promise<T>): Promise<T | typeof NOT_YET> {
    if (!this.armed) {
      this.armed = true;
      afterTurn(() => {
        this.armed = false;
        const wake = this.wake;
        this.wake = undefined;
        wake?.(NOT_YET);
      });
    }
    return new Promise<T | typeof NOT_YET>((resolve, reject) => {
      this.wake = resolve;
      // Only this race's own wake is cleared: a settled race must not disarm a later one.
      const done = () => {
        if (this.wake === resolve) this.wake = undefined;
      };
      promise.then(
        (value) => {
          done();
          resolve(value);
        },
        (error: unknown) => {
          done();
          reject(error);
        },
      );
    });
  }
}

/**
 * Runs `callback` once the current turn is over. `setImmediate` where the runtime has one (Node,
 * Bun, Deno); browsers and workerd have none, so there `setTimeout(…, 0)`, whose 1-4 ms clamp
 * only makes a pause be reported that much later.
 */
function afterTurn(callback: () => void): void {
  if (typeof globalThis.setImmediate === "function") globalThis.setImmediate(callback);
  else setTimeout(callback, 0);
}
