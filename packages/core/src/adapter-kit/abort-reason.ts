/**
 * What an aborted call rejects with: the signal's own reason (as `fetch` does — an `AbortError`
 * DOMException unless the caller gave another reason, a `TimeoutError` for
 * `AbortSignal.timeout`), or a fresh `AbortError` when an SDK reports an abort without a signal
 * at hand.
 */
export function abortReason(signal: AbortSignal | undefined): unknown {
  if (signal?.aborted && signal.reason !== undefined) return signal.reason;
  return new DOMException("This operation was aborted", "AbortError");
}
