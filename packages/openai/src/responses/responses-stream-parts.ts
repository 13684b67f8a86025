import { type AdapterStreamPart, createProviderError } from "@instr/core/adapter";
import type { ResponseStreamEvent } from "openai/resources/responses/responses";
import { finishReasonOfResponse, reasoningPartOf, usageFromResponses } from "./from-response.js";

/**
 * The spec's stream parts for the Responses API's events: `response.output_text.delta` → text,
 * `response.function_call_arguments.delta` → tool-call arguments (calls numbered 0, 1, … in
 * output order, id and name from `response.output_item.added`), reasoning summary deltas →
 * reasoning, closed by the item's id and encrypted content when the item is done. Wrapped in the
 * kit's `guardStream` by the caller, which owns aborts, transport errors and a missing finish.
 */
export async function* responsesStreamParts(
  events: AsyncIterable<ResponseStreamEvent>,
  provider: string,
  apiKey: string | null | undefined,
): AsyncGenerator<AdapterStreamPart> {
  const toolIndex = new Map<number, number>();
  for await (const event of events) {
    switch (event.type) {
      case "response.output_item.added":
        if (event.item.type === "function_call") {
          const index = toolIndex.size;
          toolIndex.set(event.output_index, index);
          yield {
            type: "tool-call-delta",
            index,
            id: event.item.call_id,
            name: event.item.name,
            argumentsDelta: "",
          };
        }
        break;
      case "response.output_text.delta":
        yield { type: "text-delta", delta: event.delta };
        break;
      case "response.refusal.delta":
        yield { type: "refusal-delta", delta: event.delta };
        break;
      case "response.function_call_arguments.delta": {
        const index = toolIndex.get(event.output_index);
        if (index !== undefined)
          yield { type: "tool-call-delta", index, argumentsDelta: event.delta };
        break;
      }
      case "response.reasoning_summary_text.delta":
        yield { type: "reasoning-delta", delta: event.delta };
        break;
      case "response.output_item.done":
        if (event.item.type === "reasoning") {
          const { providerMetadata } = reasoningPartOf("", event.item);
          yield {
            type: "reasoning-delta",
            delta: "",
            ...(providerMetadata ? { providerMetadata } : {}),
          };
        }
        break;
      case "response.completed":
      case "response.incomplete": {
        const { response } = event;
        yield {
          type: "finish",
          finishReason: finishReasonOfResponse(response),
          ...(response.usage ? { usage: usageFromResponses(response.usage) } : {}),
          raw: response,
        };
        return;
      }
      // A failure reported inside the stream has no HTTP status: retryable, like a 5xx.
      // guardStream adds the answer received so far as the error's partialText.
      case "response.failed":
        throw createProviderError({
          provider,
          apiKey,
          message: event.response.error?.message ?? "the response failed",
          isRetryable: true,
        });
      case "error":
        throw createProviderError({
          provider,
          apiKey,
          message: `${event.code === null ? "" : `${event.code}: `}${event.message}`,
          isRetryable: true,
        });
    }
  }
  // No response.completed: guardStream reports the missing finish as an IncompleteOutputError.
}
