/**
 * Whether a request that failed with `status` may succeed when sent again: timeouts, conflicts,
 * rate limits and server errors. `undefined` (no response at all) is a connection failure.
 */
export function isRetryableStatus(status: number | undefined): boolean {
  return (
    status === undefined || status === 408 || status === 409 || status === 429 || status >= 500
  );
}
