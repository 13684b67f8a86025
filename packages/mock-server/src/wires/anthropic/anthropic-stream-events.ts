import type { AnthropicAnswer, AnthropicBlock } from "./anthropic-message.js";

/** One named server-sent event of a streamed Messages answer. */
export interface AnthropicEvent {
  event: string;
  data: Record<string, unknown>;
}

/**
 * The events of a streamed answer, in the Messages API's order: `message_start`, per block a
 * `content_block_start`, its deltas (`thinking_delta` + `signature_delta`, `text_delta`,
 * `input_json_delta`) and `content_block_stop`, then `message_delta` with the stop reason and
 * output tokens, and `message_stop`. With `omitFinishReason` the stop reason is null: a stream
 * that never says why it ended.
 */
export function anthropicStreamEvents(
  answer: AnthropicAnswer,
  options: { omitFinishReason?: boolean } = {},
): AnthropicEvent[] {
  const event = (data: Record<string, unknown>): AnthropicEvent => ({
    event: String(data.type),
    data,
  });
  const events = [
    event({
      type: "message_start",
      message: {
        id: answer.id,
        type: "message",
        role: "assistant",
        model: answer.model,
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: { ...answer.usage, output_tokens: 1 },
      },
    }),
  ];
  answer.blocks.forEach((block, index) => {
    events.push(event({ type: "content_block_start", index, content_block: startOf(block) }));
    for (const delta of deltasOf(block)) {
      events.push(event({ type: "content_block_delta", index, delta }));
    }
    events.push(event({ type: "content_block_stop", index }));
  });
  events.push(
    event({
      type: "message_delta",
      delta: {
        stop_reason: options.omitFinishReason === true ? null : answer.stopReason,
        stop_sequence: null,
      },
      usage: { output_tokens: answer.usage.output_tokens },
    }),
    event({ type: "message_stop" }),
  );
  return events;
}

function startOf(block: AnthropicBlock): Record<string, unknown> {
  switch (block.type) {
    case "thinking":
      return { type: "thinking", thinking: "", signature: "" };
    case "redacted_thinking":
      return block;
    case "text":
      return { type: "text", text: "" };
    case "tool_use":
      return { type: "tool_use", id: block.id, name: block.name, input: {} };
  }
}

function deltasOf(block: AnthropicBlock): Record<string, unknown>[] {
  switch (block.type) {
    case "thinking":
      return [
        ...block.chunks.map((thinking) => ({ type: "thinking_delta", thinking })),
        { type: "signature_delta", signature: block.signature },
      ];
    case "redacted_thinking":
      return [];
    case "text":
      return block.chunks.map((text) => ({ type: "text_delta", text }));
    case "tool_use":
      return block.chunks.map((partial_json) => ({ type: "input_json_delta", partial_json }));
  }
}
