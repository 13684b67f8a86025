import type Anthropic from "@anthropic-ai/sdk";
import { type AdapterRequest, Mode, providerOptionsFor } from "@instr/core/adapter";
import { thinkingOf } from "./thinking-budget.js";
import { toAnthropicMessages } from "./to-anthropic-messages.js";

/**
 * `max_tokens` when the call sets no `maxTokens` (the wire requires it): 4096. With extended
 * thinking on, the thinking budget is added on top of it (or of the call's `maxTokens`): the
 * budget counts against `max_tokens`, which must exceed it.
 */
export const DEFAULT_MAX_TOKENS = 4096;

/**
 * The Messages API body for `request` (without `stream`). `providerOptions[provider]` is merged
 * in first, so any Messages API field can be set (`top_k`, `metadata`, a raw `thinking`, …), but
 * the fields the adapter owns win: model, max_tokens, system, messages, temperature, `thinking`
 * from `reasoningEffort`, and the mode's `tools` / `tool_choice` / `output_config`.
 *
 * TOOLS forces the one tool, except with extended thinking on, where the API forbids a forced
 * tool: `tool_choice: auto`, and core re-asks an answer that calls none.
 */
export function toRequestBody(
  request: AdapterRequest,
  provider: string,
): Anthropic.MessageCreateParamsNonStreaming {
  const { schema } = request;
  const own = providerOptionsFor(request.providerOptions, provider);
  const thinking = thinkingOf(request.reasoningEffort, own.thinking);
  return {
    ...own,
    model: request.model,
    max_tokens: (request.maxTokens ?? DEFAULT_MAX_TOKENS) + (thinking.budget ?? 0),
    ...toAnthropicMessages(request.messages),
    ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
    ...(thinking.field === undefined ? {} : { thinking: thinking.field }),
    ...(request.mode === Mode.TOOLS
      ? {
          tools: [
            {
              name: schema.name,
              ...(schema.description === undefined ? {} : { description: schema.description }),
              input_schema: { type: "object", ...schema.jsonSchema },
            },
          ],
          tool_choice:
            thinking.budget === undefined
              ? { type: "tool", name: schema.name, disable_parallel_tool_use: true }
              : { type: "auto" },
        }
      : {}),
    ...(request.mode === Mode.JSON_SCHEMA
      ? { output_config: { format: { type: "json_schema", schema: schema.jsonSchema } } }
      : {}),
  };
}
