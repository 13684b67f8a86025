import type Anthropic from "@anthropic-ai/sdk";
import { type AdapterRequest, type Message, Mode, providerOptionsFor } from "@instr/core/adapter";
import { toAssistantBlocks } from "./to-assistant-blocks.js";
import { systemText, toUserBlocks } from "./to-content-blocks.js";

/**
 * `max_tokens` when the caller sets none (the wire requires it): 4096, plus the thinking budget
 * when extended thinking is on (the budget counts against `max_tokens`).
 */
export const DEFAULT_MAX_TOKENS = 4096;

/** The Messages API body for `request`. `thinking` and other knobs come from providerOptions. */
export function toMessageParams(
  request: AdapterRequest,
  provider: string,
): Anthropic.MessageCreateParamsNonStreaming {
  const { schema } = request;
  const own = providerOptionsFor(request.providerOptions, provider);
  const thinking = thinkingBudget(own.thinking);
  const system = request.messages.flatMap((message) =>
    message.role === "system" ? [systemText(message.content)] : [],
  );
  return {
    // Provider knobs (top_k, metadata, thinking, …) first, so they cannot override the mapping.
    ...own,
    model: request.model,
    max_tokens: request.maxTokens ?? DEFAULT_MAX_TOKENS + (thinking ?? 0),
    ...(system.length > 0 ? { system: system.join("\n\n") } : {}),
    messages: toMessageParamList(request.messages),
    ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
    ...(request.mode === Mode.TOOLS
      ? {
          tools: [
            {
              name: schema.name,
              ...(schema.description === undefined ? {} : { description: schema.description }),
              input_schema: { type: "object", ...schema.jsonSchema },
            },
          ],
          // Extended thinking forbids a forced tool: `auto`, and core re-asks an answer without one.
          tool_choice:
            thinking === undefined
              ? { type: "tool", name: schema.name, disable_parallel_tool_use: true }
              : { type: "auto" },
        }
      : {}),
    ...(request.mode === Mode.JSON_SCHEMA
      ? { output_config: { format: { type: "json_schema", schema: schema.jsonSchema } } }
      : {}),
  };
}

/** The thinking budget when `thinking` turns extended thinking on. */
function thinkingBudget(thinking: unknown): number | undefined {
  if (typeof thinking !== "object" || thinking === null) return undefined;
  if (!("type" in thinking) || thinking.type !== "enabled") return undefined;
  return "budget_tokens" in thinking && typeof thinking.budget_tokens === "number"
    ? thinking.budget_tokens
    : 0;
}

/**
 * The conversation as Messages API turns. The wire has only user and assistant turns: a tool
 * result is a user block, and consecutive turns of one role merge into one.
 */
function toMessageParamList(messages: readonly Message[]): Anthropic.MessageParam[] {
  const turns: Anthropic.MessageParam[] = [];
  for (const message of messages) {
    if (message.role === "system") continue;
    const turn = toMessageParam(message);
    const last = turns.at(-1);
    if (last?.role === turn.role) {
      last.content = [...blocksOf(last.content), ...blocksOf(turn.content)];
    } else {
      turns.push(turn);
    }
  }
  return turns;
}

function toMessageParam(message: Exclude<Message, { role: "system" }>): Anthropic.MessageParam {
  switch (message.role) {
    case "user":
      return { role: "user", content: toUserBlocks(message.content) };
    case "tool":
      return {
        role: "user",
        content: [
          { type: "tool_result", tool_use_id: message.toolCallId, content: message.content },
        ],
      };
    case "assistant":
      return { role: "assistant", content: toAssistantBlocks(message) };
  }
}

function blocksOf(content: Anthropic.MessageParam["content"]): Anthropic.ContentBlockParam[] {
  return typeof content === "string" ? [{ type: "text", text: content }] : content;
}
