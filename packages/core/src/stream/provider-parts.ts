import type { PreparedCall } from "../call/prepared-call.js";
import type { AttemptLoop } from "../retry/attempt-loop.js";
import type { AdapterRequest, AdapterStreamPart } from "../types/adapter.js";

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
