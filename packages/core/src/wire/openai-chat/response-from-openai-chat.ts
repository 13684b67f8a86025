import { ProviderError } from "../../errors/provider-error.js";
import type { AdapterResponse } from "../../types/adapter.js";
import type { ToolCall } from "../../types/message.js";
import { finishReasonFromOpenAIChat } from "./openai-chat-finish-reason.js";
import { reasoningPartsFromOpenAIChat } from "./openai-chat-reasoning.js";
import type { OpenAIChatCompletion } from "./openai-chat-response-types.js";
import { usageFromOpenAIChat } from "./openai-chat-usage.js";

/**
 * Maps a whole OpenAI-compatible chat completion (its first choice) to an `AdapterResponse`:
 * text, function tool calls (arguments as written), reasoning (`reasoning` or
 * `reasoning_content`), refusal, finish reason and usage; `raw` is the completion itself, typed
 * as the SDK's completion type it was given.
 *
 * @throws ProviderError (not retryable) for a completion without choices.
 */
export function responseFromOpenAIChat<C extends OpenAIChatCompletion>(
  completion: C,
  provider: string,
): AdapterResponse<C> {
  const choice = completion.choices[0];
  if (choice === undefined) {
    throw new ProviderError(`${provider}: the completion has no choices.`, {
      provider,
      isRetryable: false,
    });
  }
  const { message } = choice;
  const toolCalls: ToolCall[] = [];
  (message.tool_calls ?? []).forEach((call, index) => {
    if (call.function == null) return;
    toolCalls.push({
      // Servers that omit ids still need one: a re-ask answers each call by id.
      id: call.id ?? `call_${index}`,
      name: call.function.name ?? "",
      arguments: call.function.arguments ?? "",
    });
  });
  const reasoning = reasoningPartsFromOpenAIChat(message);
  const usage = usageFromOpenAIChat(completion.usage);
  return {
    text: message.content ?? null,
    toolCalls,
    ...(reasoning === undefined ? {} : { reasoning }),
    ...(message.refusal ? { refusal: message.refusal } : {}),
    finishReason: finishReasonFromOpenAIChat(choice.finish_reason),
    ...(usage === undefined ? {} : { usage }),
    raw: completion,
  };
}
