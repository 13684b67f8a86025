import { InvalidResponseDataError, type LanguageModelV3StreamPart } from "@ai-sdk/provider";
import type { AdapterStreamPart } from "@instr/core/adapter";
import {
  finishReasonFromLanguageModel,
  reportsFinishReason,
} from "./finish-reason-from-language-model.js";
import { usageFromLanguageModel } from "./usage-from-language-model.js";

/**
 * The spec's stream parts as ours, one for one, so core parses the answer as it arrives; the
 * adapter wraps them in the kit's `guardStream`. Tool inputs are keyed by id in the spec and by
 * index in ours; a provider that sends a tool call whole (no `tool-input-delta`s) gets it as one
 * delta. An `error` part throws its error. The parts end without a `finish` (which `guardStream`
 * turns into an `IncompleteOutputError`) when the provider reports no finish reason, or reports
 * that it could not read the rest of its answer (`InvalidResponseDataError`, which
 * `@ai-sdk/openai-compatible` also sends for a stream that ended without a finish reason).
 * Leaving early cancels the provider's stream, which stops its request.
 */
export async function* streamPartsFromLanguageModel(
  stream: ReadableStream<LanguageModelV3StreamPart>,
): AsyncGenerator<AdapterStreamPart> {
  const indices = new Map<string, number>();
  const streamed = new Set<string>();
  const reader = stream.getReader();
  try {
    while (true) {
      const next = await reader.read();
      if (next.done) return;
      const part = next.value;
      switch (part.type) {
        // Text and reasoning deltas have the same names and fields in both specs.
        case "text-delta":
        case "reasoning-delta":
          yield { type: part.type, delta: part.delta };
          break;
        case "reasoning-end":
          // Metadata on the end of a reasoning part (e.g. a signature) completes that part.
          if (part.providerMetadata) {
            yield { type: "reasoning-delta", delta: "", providerMetadata: part.providerMetadata };
          }
          break;
        case "tool-input-start":
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
        case "tool-call": {
          const metadata = part.providerMetadata ? { providerMetadata: part.providerMetadata } : {};
          if (!streamed.has(part.toolCallId)) {
            const known = indices.has(part.toolCallId);
            yield {
              type: "tool-call-delta",
              index: indexOf(indices, part.toolCallId),
              ...(known ? {} : { id: part.toolCallId, name: part.toolName }),
              argumentsDelta: part.input,
              ...metadata,
            };
          } else if (part.providerMetadata) {
            yield {
              type: "tool-call-delta",
              index: indexOf(indices, part.toolCallId),
              argumentsDelta: "",
              ...metadata,
            };
          }
          break;
        }
        case "error":
          if (InvalidResponseDataError.isInstance(part.error)) return;
          throw part.error;
        case "finish": {
          if (!reportsFinishReason(part.finishReason)) return;
          const usage = usageFromLanguageModel(part.usage);
          yield {
            type: "finish",
            finishReason: finishReasonFromLanguageModel(part.finishReason),
            ...(usage ? { usage } : {}),
            ...(part.providerMetadata ? { providerMetadata: part.providerMetadata } : {}),
          };
          return;
        }
      }
    }
  } finally {
    // A stream that already failed rejects the cancel too; that failure is on its way already.
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
