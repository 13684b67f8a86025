import { ProviderError } from "@instr/core/adapter";
import type { ChatCompletionChunk } from "openai/resources/chat/completions";
import { type FailureContext, toStreamError } from "../errors/to-provider-error.js";

/**
 * Passes the SDK's chunks through, mapping a failure while reading them to the error core
 * expects, with the answer received so far (content, else tool-call arguments) as `partialText`.
 * After the last chunk it throws the abort reason if the caller aborted: the SDK ends a stream
 * quietly when its request is aborted, which would look like a complete answer. For the same
 * reason a stream that ends before any `finish_reason` is a broken stream, not an answer.
 */
export async function* guardChunks(
  chunks: AsyncIterable<ChatCompletionChunk>,
  context: FailureContext,
): AsyncGenerator<ChatCompletionChunk> {
  const received = { text: "", toolArguments: "" };
  const partialText = () => received.text || received.toolArguments;
  let finished = false;
  try {
    for await (const chunk of chunks) {
      const choice = chunk.choices[0];
      received.text += choice?.delta.content ?? "";
      for (const call of choice?.delta.tool_calls ?? []) {
        received.toolArguments += call.function?.arguments ?? "";
      }
      if (choice?.finish_reason) finished = true;
      yield chunk;
    }
  } catch (error) {
    throw toStreamError(error, context, partialText());
  }
  context.signal?.throwIfAborted();
  if (!finished) {
    throw new ProviderError(`${context.provider}: the stream ended before the model finished`, {
      provider: context.provider,
      isRetryable: true,
      ...(partialText() ? { partialText: partialText() } : {}),
    });
  }
}
