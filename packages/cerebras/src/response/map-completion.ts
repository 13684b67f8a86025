import { type AdapterResponse, ProviderError, type ToolCall } from "@instr/core";
import { mapFinishReason, mapUsage } from "./map-usage.js";
import type { WireCompletion } from "./wire-response.js";

type WireToolCall = NonNullable<WireCompletion["choices"][number]["message"]["tool_calls"]>[number];

/** Maps a non-streaming Cerebras completion to core's response; `raw` is the completion itself. */
export function mapCompletion(completion: WireCompletion): AdapterResponse {
  const choice = completion.choices[0];
  if (choice === undefined) {
    throw new ProviderError("Cerebras returned a completion without choices.", {
      provider: "cerebras",
      isRetryable: false,
    });
  }
  const { message } = choice;
  const usage = mapUsage(completion.usage);
  return {
    text: message.content ?? null,
    toolCalls: (message.tool_calls ?? []).map(mapToolCall),
    ...(message.reasoning == null ? {} : { reasoning: message.reasoning }),
    finishReason: mapFinishReason(choice.finish_reason),
    ...(usage === undefined ? {} : { usage }),
    raw: completion,
  };
}

// Cerebras always sends ids on whole completions; the fallback keeps a reask's tool message valid.
function mapToolCall(call: WireToolCall, index: number): ToolCall {
  return {
    id: call.id ?? `call_${index}`,
    name: call.function.name ?? "",
    arguments: call.function.arguments ?? "",
  };
}
