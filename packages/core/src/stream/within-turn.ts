/** What {@link withinTurn} gives when the promise has not settled within the turn. */
export const NOT_YET: unique symbol = Symbol("not yet");

/**
 * `promise`'s outcome if it settles within the current turn of the event loop (before the loop
 * goes on to timers and I/O), else {@link NOT_YET}: a cheap look at whether a stream's next step
 * has already arrived. A rejection within the turn rejects; a later one stays with `promise`.
 */
export function withinTurn<T>(promise: Promise<T>): Promise<T | typeof NOT_YET> {
  return new Promise((resolve, reject) => {
    const cancel = afterTurn(() => resolve(NOT_YET));
    promise.then(
      (value) => {
        cancel();
        resolve(value);
      },
      (error: unknown) => {
        cancel();
        reject(error);
      },
    );
  });
}

/**
 * Runs `callback` once the current turn is over; returns its cancel function. `setImmediate`
 * where the runtime has one (Node, Bun, Deno); browsers and workerd have none, so there
 * `setTimeout(…, 0)`, whose 1-4 ms clamp only makes a pause be reported that much later.
 */
function afterTurn(callback: () => void): () => void {
  if (typeof globalThis.setImmediate === "function") {
    const immediate = globalThis.setImmediate(callback);
    return () => globalThis.clearImmediate(immediate);
  }
  const timeout = setTimeout(callback, 0);
  return () => clearTimeout(timeout);
}
