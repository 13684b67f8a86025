import { type AdapterRequest, openAIChatModeFields, toOpenAIChatMessages } from "@instr/core";
import type { CerebrasModelCapabilities } from "../models/capabilities.js";
import type { WireParams } from "./wire-types.js";

/**
 * The chat-completions body for `request` (Cerebras speaks the OpenAI chat wire). TOOLS sends one
 * function tool, strict and forced only where the model's capabilities allow (else `auto`: core's
 * messages already tell the model to call it). `providerOptions` are merged in first, so any
 * Cerebras body field can be set (e.g. `reasoning_effort`, `seed`, `top_p`), but the fields the
 * adapter owns — model, messages, mode fields, temperature, max_completion_tokens — win.
 */
export function buildRequestBody(
  request: AdapterRequest,
  capabilities: CerebrasModelCapabilities,
): WireParams {
  const body: WireParams = {
    model: request.model,
    messages: toOpenAIChatMessages(request.messages),
    ...openAIChatModeFields(request.mode, request.schema, {
      strictTool: capabilities.strictTools,
      forcedToolChoice: capabilities.forcedToolChoice,
    }),
    ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
    ...(request.maxTokens === undefined ? {} : { max_completion_tokens: request.maxTokens }),
  };
  return { ...request.providerOptions, ...body };
}
