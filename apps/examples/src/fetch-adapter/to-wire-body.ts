import {
  type AdapterRequest,
  openAIChatModeFields,
  providerOptionsFor,
  toOpenAIChatMessages,
} from "@instr/core/adapter";

/**
 * The chat completions request body for `request`; `stream` adds usage to the last event. The
 * caller's `providerOptions` for this provider go first: the fields set here always win.
 */
export function toWireBody(
  request: AdapterRequest,
  provider: string,
  stream: boolean,
): Record<string, unknown> {
  return {
    ...providerOptionsFor(request.providerOptions, provider),
    model: request.model,
    messages: toOpenAIChatMessages(request.messages),
    ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
    ...(request.maxTokens === undefined ? {} : { max_tokens: request.maxTokens }),
    // TOOLS: one function whose parameters are the schema, forced (not strict: this server's
    // strict dialect is unknown). JSON: the JSON-object format. MD_JSON: nothing; core has
    // already put the schema into the messages.
    ...openAIChatModeFields(request.mode, request.schema, {
      strictTool: false,
      forcedToolChoice: true,
    }),
    ...(stream ? { stream: true, stream_options: { include_usage: true } } : {}),
  };
}
