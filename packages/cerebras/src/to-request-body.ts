import type Cerebras from "@cerebras/cerebras_cloud_sdk";
import { type AdapterRequest, openAIChatModeFields, providerOptionsFor } from "@instr/core/adapter";
import type { CerebrasModelCapabilities } from "./model-capabilities.js";
import { toCerebrasMessages } from "./to-cerebras-messages.js";

/** The chat-completions request body without its stream fields, as the Cerebras SDK types it. */
export type WireParams = Omit<Cerebras.ChatCompletionCreateParams, "stream" | "stream_options">;

/** The body fields that ask for a whole answer or for a stream (with usage in its last chunk). */
export type StreamFields =
  | { stream: false }
  | { stream: true; stream_options: { include_usage: boolean } };

/**
 * The chat-completions body for `request` (Cerebras speaks the OpenAI chat wire), with
 * `streaming` (whole answer or stream) among the fields. TOOLS sends one function tool, strict
 * and forced only where the model's capabilities allow (else `auto`: core's messages already tell
 * the model to call it). `providerOptions.cerebras` is merged in first, so any Cerebras body field
 * can be set (e.g. `reasoning_effort: "none"`, `seed`, `top_p`), but the fields the adapter owns —
 * model, messages, mode fields, temperature, max_completion_tokens, `reasoning_effort` from
 * `reasoningEffort`, stream fields — win.
 */
export function toRequestBody<S extends StreamFields>(
  request: AdapterRequest,
  capabilities: CerebrasModelCapabilities,
  streaming: S,
): WireParams & S {
  const body: WireParams = {
    ...providerOptionsFor(request.providerOptions, "cerebras"),
    model: request.model,
    messages: toCerebrasMessages(request.messages),
    ...openAIChatModeFields(request.mode, request.schema, {
      strictTool: capabilities.strictTools,
      forcedToolChoice: capabilities.forcedToolChoice,
    }),
  };
  // Set, not spread from `cond ? {} : {…}`: each such spread takes V8's slow path on every call.
  if (request.temperature !== undefined) body.temperature = request.temperature;
  if (request.maxTokens !== undefined) body.max_completion_tokens = request.maxTokens;
  if (request.reasoningEffort !== undefined) body.reasoning_effort = request.reasoningEffort;
  return Object.assign(body, streaming);
}
