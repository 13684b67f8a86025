import { type AdapterRequest, openAIChatModeFields, providerOptionsFor } from "@instr/core/adapter";
import type { CerebrasModelCapabilities } from "../models/capabilities.js";
import { toCerebrasMessages } from "./to-cerebras-messages.js";
import type { StreamFields, WireParams } from "./wire-types.js";

/**
 * The chat-completions body for `request` (Cerebras speaks the OpenAI chat wire), with
 * `streaming` (whole answer or stream) among the fields. TOOLS sends one function tool, strict
 * and forced only where the model's capabilities allow (else `auto`: core's messages already tell
 * the model to call it). `providerOptions.cerebras` is merged in first, so any Cerebras body field
 * can be set (e.g. `reasoning_effort: "none"`, `seed`, `top_p`), but the fields the adapter owns —
 * model, messages, mode fields, temperature, max_completion_tokens, `reasoning_effort` from
 * `reasoningEffort`, stream fields — win.
 */
export function buildRequestBody<S extends StreamFields>(
  request: AdapterRequest,
  capabilities: CerebrasModelCapabilities,
  streaming: S,
): WireParams & S {
  // One object literal: spreading a finished body into a new one with more fields is a slow path
  // in V8 (hundreds of ns per call), and this runs on every call.
  const body = {
    model: request.model,
    messages: toCerebrasMessages(request.messages),
    ...openAIChatModeFields(request.mode, request.schema, {
      strictTool: capabilities.strictTools,
      forcedToolChoice: capabilities.forcedToolChoice,
    }),
    ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
    ...(request.maxTokens === undefined ? {} : { max_completion_tokens: request.maxTokens }),
    ...(request.reasoningEffort === undefined ? {} : { reasoning_effort: request.reasoningEffort }),
    ...streaming,
  };
  return { ...providerOptionsFor(request.providerOptions, "cerebras"), ...body };
}
