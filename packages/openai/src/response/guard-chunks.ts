import type { ChatCompletionChunk } from "openai/resources/chat/completions";
import { type FailureContext, toStreamError } from "../errors/to-provider-error.js";

/**
 * Passes the SDK's chunks through, mapping a failure while reading them to the error core
 * expects. After the last chunk it throws the abort reason if the caller aborted: the SDK ends a
 * stream quietly when its request is aborted, which would look like a complete answer.
 */
export async function* guardChunks(
  chunks: AsyncIterable<ChatCompletionChunk>,
  context: FailureContext,
): AsyncGenerator<ChatCompletionChunk> {
  let partialText = "";
  try {
    for await (const chunk of chunks) {
      partialText += chunk.choices[0]?.delta.content ?? "";
      yield chunk;
    }
  } catch (error) {
    throw toStreamError(error, context, partialText);
  }
  context.signal?.throwIfAborted();
}
