import type { AdapterRequest } from "@instr/core";
import type { CerebrasModelCapabilities } from "../models/capabilities.js";
import { modeFields } from "./mode-fields.js";
import { toWireMessages } from "./to-wire-messages.js";
import type { WireParams } from "./wire-types.js";

/**
 * The chat-completions body for `request`. `providerOptions` are merged in first, so any Cerebras
 * body field can be set (e.g. `reasoning_effort`, `seed`, `top_p`), but the fields the adapter
 * owns — model, messages, mode fields, temperature, max_completion_tokens — win.
 */
export function buildRequestBody(
  request: AdapterRequest,
  capabilities: CerebrasModelCapabilities,
): WireParams {
  const body: WireParams = {
    model: request.model,
    messages: toWireMessages(request.messages),
    ...modeFields(request, capabilities),
    ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
    ...(request.maxTokens === undefined ? {} : { max_completion_tokens: request.maxTokens }),
  };
  return { ...request.providerOptions, ...body };
}
