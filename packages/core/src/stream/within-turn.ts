/**
 * Runs `callback` once the current turn of the event loop is over (after its microtasks, before
 * timers and I/O): how `generatePartial` tells that the provider paused. `setImmediate` where the
 * runtime has one (Node, Bun, Deno); browsers and workerd have none, so there `setTimeout(…, 0)`,
 * whose 1-4 ms clamp only makes a pause be noticed that much later.
 */
export function afterTurn(callback: () => void): void {
  if (typeof globalThis.setImmediate === "function") globalThis.setImmediate(callback);
  else setTimeout(callback, 0);
}
