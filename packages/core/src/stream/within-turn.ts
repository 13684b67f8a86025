/** What {@link withinTurn} gives when the promise has not settled within the turn. */
export const NOT_YET: unique symbol = Symbol("not yet");

/**
 * `promise`'s outcome if it settles within the current turn of the event loop (before the loop
 * goes on to timers and I/O), else {@link NOT_YET}: a cheap look at whether a stream's next step
 * has already arrived. A rejection within the turn rejects; a later one stays with `promise`.
 */
export function withinTurn<T>(promise: Promise<T>): Promise<T | typeof NOT_YET> {
  return new Promise((resolve, reject) => {
    const timer = setImmediate(() => resolve(NOT_YET));
    promise.then(
      (value) => {
        clearImmediate(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearImmediate(timer);
        reject(error);
      },
    );
  });
}
