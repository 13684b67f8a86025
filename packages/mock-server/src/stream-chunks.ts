import type { ResolvedMessage } from "./resolve-message.js";
import { envelope, type ResponseContext, timeInfo } from "./response-context.js";

/** What the request asked of the stream. */
export interface StreamRequestOptions {
  /** OpenAI's `stream_options.include_usage`. */
  includeUsage: boolean;
  /** The script's `omitUsage`. */
  omitUsage: boolean;
  /** The script's `omitFinishReason`. */
  omitFinishReason?: boolean;
}

/**
 * The `chat.completion.chunk` objects of one streamed answer, in order: the role, reasoning,
 * content, refusal and tool-call deltas, the finish chunk, and usage where the dialect puts it.
 * Chunk bodies are built lazily so `time_info` reflects when the last chunk is actually sent.
 */
export function streamChunks(
  message: ResolvedMessage,
  context: ResponseContext,
  options: StreamRequestOptions,
): Array<() => Record<string, unknown>> {
  const openaiUsage = context.dialect === "openai" && options.includeUsage && !options.omitUsage;
  const chunk =
    (delta: Record<string, unknown>, finishReason: string | null = null) =>
    (): Record<string, unknown> => ({
      ...envelope(context, "chat.completion.chunk"),
      choices: [{ index: 0, delta, finish_reason: finishReason, logprobs: null }],
      ...(openaiUsage ? { usage: null } : {}),
    });

  // Cerebras opens with a bare role delta; OpenAI also sends an empty content string.
  const chunks = [
    chunk(
      context.dialect === "cerebras" ? { role: "assistant" } : { role: "assistant", content: "" },
    ),
  ];
  for (const piece of message.reasoningChunks) chunks.push(chunk({ reasoning: piece }));
  for (const piece of message.contentChunks) chunks.push(chunk({ content: piece }));
  if (message.refusal !== undefined) chunks.push(chunk({ refusal: message.refusal }));
  message.toolCalls.forEach((call, index) => {
    chunks.push(
      chunk({
        tool_calls: [
          { index, id: call.id, type: "function", function: { name: call.name, arguments: "" } },
        ],
      }),
    );
    for (const piece of call.argumentChunks) {
      chunks.push(chunk({ tool_calls: [{ index, function: { arguments: piece } }] }));
    }
  });

  const finish = chunk({}, options.omitFinishReason === true ? null : message.finishReason);
  if (context.dialect === "cerebras" && !options.omitUsage) {
    // Cerebras puts usage and time_info on the last chunk, the one with the finish reason.
    chunks.push(() => ({ ...finish(), usage: message.usage, time_info: timeInfo(context) }));
  } else {
    chunks.push(finish);
  }
  if (openaiUsage) {
    chunks.push(() => ({
      ...envelope(context, "chat.completion.chunk"),
      choices: [],
      usage: message.usage,
    }));
  }
  return chunks;
}
