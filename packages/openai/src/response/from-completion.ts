import { type AdapterResponse, ProviderError, type ToolCall } from "@instr/core";
import type { ChatCompletion } from "openai/resources/chat/completions";
import { toFinishReason } from "./finish-reason.js";
import { reasoningText } from "./reasoning-text.js";
import { toUsage } from "./to-usage.js";

/** Maps a whole chat completion to an `AdapterResponse`; `raw` is the completion itself. */
export function fromCompletion(completion: ChatCompletion, provider: string): AdapterResponse {
  const choice = completion.choices[0];
  if (!choice) {
    throw new ProviderError(`${provider} returned a completion without choices`, {
      provider,
      isRetryable: false,
    });
  }
  const { message } = choice;
  const toolCalls: ToolCall[] = (message.tool_calls ?? []).flatMap((call) =>
    call.type === "function"
      ? [{ id: call.id, name: call.function.name, arguments: call.function.arguments }]
      : [],
  );
  const reasoning = reasoningText(message);
  const usage = toUsage(completion.usage);
  return {
    text: message.content,
    toolCalls,
    ...(reasoning === undefined ? {} : { reasoning }),
    ...(message.refusal ? { refusal: message.refusal } : {}),
    finishReason: toFinishReason(choice.finish_reason),
    ...(usage === undefined ? {} : { usage }),
    raw: completion,
  };
}
