import { raceAbort } from "../call/call-signal.js";
import type { PreparedCall } from "../call/prepared-call.js";
import type { AttemptLoop } from "../retry/attempt-loop.js";
import type { AdapterRequest, AdapterStreamPart } from "../types/adapter.js";

/** `nextPart`'s answer when the provider rejected the attempt's mode and the loop fell back. */
export const FELL_BACK = Symbol("fell back");

/** Opens the provider's stream for one attempt; a synchronous failure is reported and rethrown. */
export function openStream(
  loop: AttemptLoop<unknown>,
  call: PreparedCall<unknown>,
  request: AdapterRequest,
): AsyncIterator<AdapterStreamPart> {
  try {
    return call.adapter.stream(request)[Symbol.asyncIterator]();
  } catch (error) {
    throw loop.failed(error);
  }
}

/**
 * The next part of the provider's stream. Rejects with the abort reason as soon as the call's
 * signal fires, even when the adapter ignores its signal; a provider failure is reported
 * (`completion:error`) and rethrown, unless it is the `first` part's and the provider rejected
 * the mode: then the loop falls back and this resolves to `FELL_BACK`. Not an `async` function:
 * this runs once per streamed part, and the extra promise of an async wrapper was measurable.
 */
export function nextPart(
  loop: AttemptLoop<unknown>,
  call: PreparedCall<unknown>,
  parts: AsyncIterator<AdapterStreamPart>,
  first: boolean,
): Promise<IteratorResult<AdapterStreamPart> | typeof FELL_BACK> {
  let next: Promise<IteratorResult<AdapterStreamPart>>;
  try {
    next = parts.next();
  } catch (error) {
    next = Promise.reject(error);
  }
  const settled = call.signal === undefined ? next : raceAbort(next, call.signal);
  return settled.then(undefined, (error: unknown) => {
    if (first && loop.fellBack(error)) return FELL_BACK;
    throw loop.failed(error);
  });
}

/** Closes a provider stream left early. When aborted its `next` may still hang: do not wait. */
export async function closeStream(
  parts: AsyncIterator<unknown>,
  signal: AbortSignal | undefined,
): Promise<void> {
  // The call already has its outcome (an error, or the caller left): a failure to close the
  // abandoned stream has no one to report to.
  const closing = Promise.resolve(parts.return?.()).catch(() => undefined);
  if (signal?.aborted !== true) await closing;
}
