import {
  type AdapterResponse,
  finishReasonFromOpenAIChat,
  ProviderError,
  reasoningPartsFromOpenAIChat,
  type ToolCall,
  usageFromOpenAIChat,
} from "@instr/core/adapter";
import type { ChatCompletion } from "openai/resources/chat/completions";

/** Maps a whole chat completion to an `AdapterResponse`; `raw` is the completion itself. */
export function fromCompletion(
  completion: ChatCompletion,
  provider: string,
): AdapterResponse<ChatCompletion> {
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
  const reasoning = reasoningPartsFromOpenAIChat(message);
  const usage = usageFromOpenAIChat(completion.usage);
  return {
    text: message.content,
    toolCalls,
    ...(reasoning === undefined ? {} : { reasoning }),
    ...(message.refusal ? { refusal: message.refusal } : {}),
    finishReason: finishReasonFromOpenAIChat(choice.finish_reason),
    ...(usage === undefined ? {} : { usage }),
    raw: completion,
  };
}
