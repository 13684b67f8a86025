/**
 * Whether a request that failed with `status` may succeed when sent again: timeouts (408),
 * conflicts (409), rate limits (429) and server errors (5xx). `undefined` (no response at all) is
 * a connection failure, also worth another try. Adapters use it for `ProviderError.isRetryable`.
 *
 * ```ts
 * new ProviderError(message, { provider, status, isRetryable: isRetryableStatus(status) });
 * ```
 */
export function isRetryableStatus(status: number | undefined): boolean {
  return (
    status === undefined || status === 408 || status === 409 || status === 429 || status >= 500
  );
}
