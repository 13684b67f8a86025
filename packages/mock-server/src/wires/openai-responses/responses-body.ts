import { randomUUID } from "node:crypto";
import type { ResolvedMessage } from "../../resolve-message.js";

const shortId = () => randomUUID().replaceAll("-", "").slice(0, 24);

/** One output item of a Responses API answer, with the deltas it streams as. */
export interface ResponsesItem {
  item: Record<string, unknown>;
  /** The delta event type and the text pieces it carries. */
  deltas: { type: string; pieces: string[]; fields: Record<string, unknown> };
}

/**
 * The output items of a resolved reply on OpenAI's Responses API: a reasoning item (its text as
 * one summary part), a message item (output text or a refusal) and one `function_call` item per
 * tool call.
 */
export function responsesItems(message: ResolvedMessage): ResponsesItem[] {
  const items: ResponsesItem[] = [];
  if (message.reasoning !== undefined) {
    items.push({
      item: {
        type: "reasoning",
        id: `rs_${shortId()}`,
        summary: [{ type: "summary_text", text: message.reasoning }],
        encrypted_content: `enc-${shortId()}`,
      },
      deltas: {
        type: "response.reasoning_summary_text.delta",
        pieces: message.reasoningChunks,
        fields: { summary_index: 0 },
      },
    });
  }
  if (message.content || message.refusal !== undefined) {
    const content =
      message.refusal !== undefined
        ? { type: "refusal", refusal: message.refusal }
        : { type: "output_text", text: message.content ?? "", annotations: [] };
    items.push({
      item: {
        type: "message",
        id: `msg_${shortId()}`,
        role: "assistant",
        status: "completed",
        content: [content],
      },
      deltas:
        message.refusal !== undefined
          ? {
              type: "response.refusal.delta",
              pieces: [message.refusal],
              fields: { content_index: 0 },
            }
          : {
              type: "response.output_text.delta",
              pieces: message.contentChunks,
              fields: { content_index: 0 },
            },
    });
  }
  for (const call of message.toolCalls) {
    items.push({
      item: {
        type: "function_call",
        id: `fc_${shortId()}`,
        call_id: call.id,
        name: call.name,
        arguments: call.arguments,
        status: "completed",
      },
      deltas: {
        type: "response.function_call_arguments.delta",
        pieces: call.argumentChunks,
        fields: {},
      },
    });
  }
  return items;
}

/** Why a response stops early (`incomplete_details.reason`), by scripted finish reason. */
const INCOMPLETE_REASONS: Readonly<Record<string, string>> = {
  length: "max_output_tokens",
  content_filter: "content_filter",
};

/**
 * The whole `response` object: `completed`, or `incomplete` with its reason for a `length`
 * (`max_output_tokens`) or `content_filter` finish.
 */
export function responsesBody(
  message: ResolvedMessage,
  items: ResponsesItem[],
  model: string,
  id: string,
): Record<string, unknown> {
  const { usage } = message;
  const incomplete = INCOMPLETE_REASONS[message.finishReason];
  return {
    id,
    object: "response",
    created_at: Math.floor(Date.now() / 1000),
    model,
    status: incomplete === undefined ? "completed" : "incomplete",
    incomplete_details: incomplete === undefined ? null : { reason: incomplete },
    output: items.map((entry) => entry.item),
    usage: {
      input_tokens: usage.prompt_tokens,
      output_tokens: usage.completion_tokens,
      total_tokens: usage.total_tokens,
      input_tokens_details: { cached_tokens: usage.prompt_tokens_details?.cached_tokens ?? 0 },
      output_tokens_details: {
        reasoning_tokens: usage.completion_tokens_details?.reasoning_tokens ?? 0,
      },
    },
  };
}

/** A new response id. */
export function responseId(): string {
  return `resp_${shortId()}`;
}
