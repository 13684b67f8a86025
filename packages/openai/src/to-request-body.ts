import {
  type AdapterRequest,
  isStrictJsonSchema,
  Mode,
  openAIChatModeFields,
  providerOptionsFor,
  toOpenAIChatMessages,
} from "@instr/core/adapter";
import type { ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import { openaiStrictDialect } from "./openai-strict-dialect.js";

/**
 * The non-streaming request body for `request`. A TOOLS function is always forced, and sent with
 * `strict: true` only when `strictTools` is on and the schema (which TOOLS sends unchanged)
 * already fits the strict dialect, since a non-strict schema would be rejected with it.
 * `reasoningEffort` becomes `reasoning_effort` (the adapter knows no model table: the API
 * decides which models take it). `providerOptions[provider]` are spread first, so a caller can
 * set any wire field the adapter does not know (e.g. `seed`, or `max_tokens` for an older
 * server), while the fields the adapter sets (model, messages, mode fields, temperature, token
 * limit, reasoning effort) win.
 */
export function toRequestBody(
  request: AdapterRequest,
  provider: string,
  strictTools: boolean,
): ChatCompletionCreateParamsNonStreaming {
  const strictTool =
    strictTools &&
    request.mode === Mode.TOOLS &&
    isStrictJsonSchema(request.schema.jsonSchema, openaiStrictDialect);
  const body: ChatCompletionCreateParamsNonStreaming = {
    ...providerOptionsFor(request.providerOptions, provider),
    model: request.model,
    messages: toOpenAIChatMessages(request.messages),
    ...openAIChatModeFields(request.mode, request.schema, { strictTool, forcedToolChoice: true }),
  };
  // Set, not spread from `cond ? {} : {…}`: each such spread takes V8's slow path on every call.
  if (request.temperature !== undefined) body.temperature = request.temperature;
  if (request.maxTokens !== undefined) body.max_completion_tokens = request.maxTokens;
  if (request.reasoningEffort !== undefined) body.reasoning_effort = request.reasoningEffort;
  return body;
}
