import {
  type AdapterResponse,
  finishReasonFromOpenAIChat,
  ProviderError,
  type ToolCall,
  usageFromOpenAIChat,
} from "@instr/core/adapter";
import type { WireCompletion } from "./wire-response.js";

type WireToolCall = NonNullable<WireCompletion["choices"][number]["message"]["tool_calls"]>[number];

/** Maps a non-streaming Cerebras completion to core's response; `raw` is the completion itself. */
export function mapCompletion(completion: WireCompletion): AdapterResponse<WireCompletion> {
  const choice = completion.choices[0];
  if (choice === undefined) {
    throw new ProviderError("Cerebras returned a completion without choices.", {
      provider: "cerebras",
      isRetryable: false,
    });
  }
  const { message } = choice;
  const usage = usageFromOpenAIChat(completion.usage);
  return {
    text: message.content ?? null,
    toolCalls: (message.tool_calls ?? []).map(mapToolCall),
    ...(message.reasoning ? { reasoning: [{ type: "reasoning", text: message.reasoning }] } : {}),
    finishReason: finishReasonFromOpenAIChat(choice.finish_reason),
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
