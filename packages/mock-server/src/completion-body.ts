import type { ResolvedMessage } from "./resolve-message.js";
import { envelope, type ResponseContext, timeInfo } from "./response-context.js";

/** A non-streaming `chat.completion` body in the context's dialect. */
export function completionBody(
  message: ResolvedMessage,
  context: ResponseContext,
): Record<string, unknown> {
  const wireMessage: Record<string, unknown> = { role: "assistant", content: message.content };
  if (message.reasoning !== undefined) wireMessage.reasoning = message.reasoning;
  if (message.refusal !== undefined || context.dialect === "openai") {
    wireMessage.refusal = message.refusal ?? null;
  }
  if (message.toolCalls.length > 0) {
    wireMessage.tool_calls = message.toolCalls.map((call) => ({
      id: call.id,
      type: "function",
      function: { name: call.name, arguments: call.arguments },
    }));
  }
  const body: Record<string, unknown> = {
    ...envelope(context, "chat.completion"),
    choices: [
      { index: 0, message: wireMessage, finish_reason: message.finishReason, logprobs: null },
    ],
    usage: message.usage,
  };
  if (context.dialect === "cerebras") body.time_info = timeInfo(context);
  return body;
}
