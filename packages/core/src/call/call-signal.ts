import { InstructorError } from "../errors/instructor-error.js";

/**
 * The signal of one whole call: the caller's `signal` and, when `timeoutMs` is given, a timer.
 * On timeout the reason is a `DOMException` named `"TimeoutError"` (what `AbortSignal.timeout`
 * and `fetch` use); on the caller's abort, the caller's reason (by default a `DOMException`
 * named `"AbortError"`). The call rejects with that reason.
 *
 * @throws InstructorError when `timeoutMs` is not a finite number >= 0.
 */
export function callSignal(signal?: AbortSignal, timeoutMs?: number): AbortSignal | undefined {
  if (timeoutMs === undefined) return signal;
  if (!Number.isFinite(timeoutMs) || timeoutMs < 0) {
    throw new InstructorError(`timeoutMs must be a finite number >= 0, got ${timeoutMs}.`);
  }
  const timeout = new AbortController();
  const timer = setTimeout(() => {
    timeout.abort(
      new DOMException(
        `The call did not finish within timeoutMs (${timeoutMs} ms).`,
        "TimeoutError",
      ),
    );
  }, timeoutMs);
  // The timer only matters while a call is pending; it must not keep the process alive.
  timer.unref();
  return signal === undefined ? timeout.signal : AbortSignal.any([signal, timeout.signal]);
}

/**
 * Settles with `promise`, or rejects with `signal.reason` as soon as the signal aborts, so an
 * adapter that ignores its `signal` cannot hold the call open.
 */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  if (signal.aborted) {
    // The call is already abandoned: the adapter's late rejection has no one left to tell.
    promise.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      promise.catch(() => undefined);
      reject(signal.reason);
    };
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
