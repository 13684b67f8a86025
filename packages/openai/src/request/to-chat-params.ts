import {
  type AdapterRequest,
  isStrictJsonSchema,
  Mode,
  openAIChatModeFields,
  toOpenAIChatMessages,
} from "@instr/core";
import type { ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import { openaiStrictDialect } from "../schema/openai-strict-dialect.js";

/**
 * The non-streaming request body for `request`. A TOOLS function is always forced, and sent with
 * `strict: true` only when `strictTools` is on and the schema (which TOOLS sends unchanged)
 * already fits the strict dialect, since a non-strict schema would be rejected with it.
 * `reasoningEffort` becomes `reasoning_effort` (the adapter knows no model table: the API
 * decides which models take it). `providerOptions` are spread last, so a caller can set any wire
 * field the adapter does not know (e.g. `max_tokens` for an older server).
 */
export function toChatParams(
  request: AdapterRequest,
  strictTools: boolean,
): ChatCompletionCreateParamsNonStreaming {
  const strictTool =
    strictTools &&
    request.mode === Mode.TOOLS &&
    isStrictJsonSchema(request.schema.jsonSchema, openaiStrictDialect);
  return {
    model: request.model,
    messages: toOpenAIChatMessages(request.messages),
    ...openAIChatModeFields(request.mode, request.schema, { strictTool, forcedToolChoice: true }),
    ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
    ...(request.maxTokens === undefined ? {} : { max_completion_tokens: request.maxTokens }),
    ...(request.reasoningEffort === undefined ? {} : { reasoning_effort: request.reasoningEffort }),
    ...request.providerOptions,
  };
}
