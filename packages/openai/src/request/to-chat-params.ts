import type { AdapterRequest } from "@instr/core";
import type { ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import { modeParams } from "./mode-params.js";
import { toChatMessages } from "./to-chat-messages.js";

/**
 * The non-streaming request body for `request`. `providerOptions` are spread last, so a caller
 * can set any wire field the adapter does not know (e.g. `max_tokens` for an older server).
 */
export function toChatParams(
  request: AdapterRequest,
  strictTools: boolean,
): ChatCompletionCreateParamsNonStreaming {
  return {
    model: request.model,
    messages: toChatMessages(request.messages),
    ...modeParams(request.mode, request.schema, strictTools),
    ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
    ...(request.maxTokens === undefined ? {} : { max_completion_tokens: request.maxTokens }),
    ...request.providerOptions,
  };
}
