import { getErrorMessage, type LanguageModelV3StreamPart } from "@ai-sdk/provider";
import { type AdapterStreamPart, ProviderError, redactSecret } from "@instr/core/adapter";
import { type FailureContext, toProviderError } from "../errors/to-provider-error.js";
import { toFinishReason } from "./finish-reason.js";
import { toUsage } from "./usage.js";

/**
 * The spec's stream parts as ours, one for one, so core parses the answer as it arrives. Tool
 * inputs are keyed by id in the spec and by index in ours; a provider that sends a tool call
 * whole (no `tool-input-delta`s) gets it as one delta. A stream that breaks, reports an `error`
 * part or ends without `finish` fails with a `ProviderError` carrying the text received so far.
 */
export async function* toStreamParts(
  stream: ReadableStream<LanguageModelV3StreamPart>,
  context: FailureContext,
): AsyncGenerator<AdapterStreamPart> {
  const indices = new Map<string, number>();
  const streamed = new Set<string>();
  let text = "";
  const reader = stream.getReader();
  try {
    while (true) {
      let next: Awaited<ReturnType<typeof reader.read>>;
      try {
        next = await reader.read();
      } catch (error) {
        throw streamFailure(error, context, text);
      }
      if (next.done) break;
      const part = next.value;
      switch (part.type) {
        case "text-delta":
          text += part.delta;
          yield { type: "text-delta", delta: part.delta };
          break;
        case "reasoning-delta":
          yield { type: "reasoning-delta", delta: part.delta };
          break;
        case "reasoning-end":
          // Metadata on the end of a reasoning part (e.g. a signature) completes that part.
          if (part.providerMetadata) {
            yield { type: "reasoning-delta", delta: "", providerMetadata: part.providerMetadata };
          }
          break;
        case "tool-input-start":
          indices.set(part.id, indices.size);
          yield {
            type: "tool-call-delta",
            index: indexOf(indices, part.id),
            id: part.id,
            name: part.toolName,
            argumentsDelta: "",
          };
          break;
        case "tool-input-delta":
          streamed.add(part.id);
          yield {
            type: "tool-call-delta",
            index: indexOf(indices, part.id),
            argumentsDelta: part.delta,
          };
          break;
        case "tool-call":
          if (!streamed.has(part.toolCallId)) {
            const known = indices.has(part.toolCallId);
            yield {
              type: "tool-call-delta",
              index: indexOf(indices, part.toolCallId),
              ...(known ? {} : { id: part.toolCallId, name: part.toolName }),
              argumentsDelta: part.input,
              ...(part.providerMetadata ? { providerMetadata: part.providerMetadata } : {}),
            };
          } else if (part.providerMetadata) {
            yield {
              type: "tool-call-delta",
              index: indexOf(indices, part.toolCallId),
              argumentsDelta: "",
              providerMetadata: part.providerMetadata,
            };
          }
          break;
        case "error":
          throw streamFailure(part.error, context, text);
        case "finish": {
          const usage = toUsage(part.usage);
          yield {
            type: "finish",
            finishReason: toFinishReason(part.finishReason),
            ...(usage ? { usage } : {}),
            ...(part.providerMetadata ? { providerMetadata: part.providerMetadata } : {}),
          };
          return;
        }
      }
    }
    throw new ProviderError(`${context.provider}: the stream ended without a finish part`, {
      provider: context.provider,
      isRetryable: true,
      ...(text ? { partialText: text } : {}),
    });
  } finally {
    // Stops the provider's request when the consumer leaves early (or on failure).
    await reader.cancel().catch(() => undefined);
  }
}

/** The index of a tool call id, giving a new id the next index. */
function indexOf(indices: Map<string, number>, id: string): number {
  const found = indices.get(id);
  if (found !== undefined) return found;
  indices.set(id, indices.size);
  return indices.size - 1;
}

/**
 * A failure after the stream started: the abort reason, the provider's own `APICallError`, or
 * else a retryable `ProviderError` (a dropped connection, or a server-side failure the provider
 * reported as an `error` part) with the text received so far.
 */
function streamFailure(error: unknown, context: FailureContext, partialText: string): unknown {
  if (context.signal?.aborted) return context.signal.reason;
  const mapped = toProviderError(error, context, partialText);
  if (mapped !== error || error instanceof ProviderError) return mapped;
  return new ProviderError(
    `${context.provider}: the stream broke: ${redactSecret(getErrorMessage(error), context.apiKey)}`,
    { provider: context.provider, isRetryable: true, ...(partialText ? { partialText } : {}) },
    { cause: error },
  );
}
