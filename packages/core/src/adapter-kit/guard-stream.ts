import { IncompleteOutputError } from "../errors/incomplete-output-error.js";
import { InstructorError } from "../errors/instructor-error.js";
import { ProviderError } from "../errors/provider-error.js";
import type { AdapterStreamPart } from "../types/adapter.js";
import { abortReason } from "./abort-reason.js";

/** What {@link guardStream} needs besides the parts. */
export interface StreamGuardOptions {
  provider: string;
  /** The request's signal: an aborted stream rejects with its reason. */
  signal?: AbortSignal | undefined;
  /**
   * Maps a failure while reading the stream (an SDK error, a dropped connection) to the error to
   * throw, given the answer received so far. instr errors and aborts never reach it.
   */
  toError: (error: unknown, partialText: string | undefined) => ProviderError;
}

/**
 * The stream guard every adapter wraps its parts in, so that what core sees obeys the spec:
 *
 * - a failure while reading becomes `toError(error, partialText)`, with the answer received so
 *   far (the text, else the tool-call arguments); a `ProviderError` thrown by the parts (an
 *   error event the adapter read) gets that `partialText` too;
 * - an aborted request rejects with the signal's reason, also when the SDK ended the stream
 *   quietly (which would look like a complete answer);
 * - a stream that ends without a `finish` part is an `IncompleteOutputError`, never a success;
 * - parts after the `finish` part are dropped (it must be the last).
 *
 * ```ts
 * yield* guardStream(streamPartsFromOpenAIChat(chunks), { provider, signal, toError });
 * ```
 */
export async function* guardStream(
  parts: AsyncIterable<AdapterStreamPart>,
  options: StreamGuardOptions,
): AsyncGenerator<AdapterStreamPart, void, undefined> {
  const { provider, signal } = options;
  const received = { text: "", toolArguments: "" };
  const partialText = () => received.text || received.toolArguments || undefined;
  let finish: AdapterStreamPart | undefined;
  try {
    for await (const part of parts) {
      if (part.type === "finish") {
        finish = part;
        break;
      }
      if (part.type === "text-delta") received.text += part.delta;
      if (part.type === "tool-call-delta") received.toolArguments += part.argumentsDelta;
      yield part;
    }
  } catch (error) {
    if (signal?.aborted) throw abortReason(signal);
    if (ProviderError.isInstance(error)) throw withPartialText(error, partialText());
    if (InstructorError.isInstance(error)) throw error;
    throw options.toError(error, partialText());
  }
  if (signal?.aborted) throw abortReason(signal);
  if (finish === undefined) {
    throw new IncompleteOutputError(
      `${provider}: the stream ended before the model finished (no finish reason).`,
      { rawText: partialText() ?? "" },
    );
  }
  yield finish;
}

function withPartialText(error: ProviderError, partialText: string | undefined): ProviderError {
  if (partialText === undefined || error.partialText !== undefined) return error;
  return new ProviderError(
    error.message,
    {
      provider: error.provider,
      ...(error.status === undefined ? {} : { status: error.status }),
      isRetryable: error.isRetryable,
      headers: { ...error.headers },
      partialText,
    },
    error.cause === undefined ? {} : { cause: error.cause },
  );
}
