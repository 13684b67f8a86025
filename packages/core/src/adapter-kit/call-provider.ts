import { abortReason } from "./abort-reason.js";

/** What {@link callProvider} needs besides the call; the options of `guardStream` serve as they are. */
export interface ProviderCallOptions {
  /** The request's signal: a call that fails after it aborted rejects with its reason. */
  signal?: AbortSignal | undefined;
  /**
   * Maps what the SDK threw (an HTTP error, a refused connection) to the error to throw; no answer
   * has arrived yet, so there is no partial text.
   */
  toError: (error: unknown, partialText: undefined) => Error;
}

/**
 * Awaits one call of the provider's SDK (the answer of `complete`, or the opening of a stream,
 * whose parts `guardStream` then guards): a failure rejects with the signal's reason when the
 * request was aborted (an SDK reports an abort as an error of its own), else with
 * `toError(error)`. The call runs inside, so what it throws while building the request is
 * mapped too; build inside `call` only what should be.
 *
 * ```ts
 * const guard = { provider, signal, toError };
 * const chunks = await callProvider(() => client.chat.completions.create(body, { signal }), guard);
 * yield* guardStream(streamPartsFromOpenAIChat(chunks), guard);
 * ```
 */
export async function callProvider<T>(
  call: () => PromiseLike<T>,
  options: ProviderCallOptions,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (options.signal?.aborted) throw abortReason(options.signal);
    throw options.toError(error, undefined);
  }
}
