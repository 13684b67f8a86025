import {
  type AdapterRequest,
  openAIChatModeFields,
  toOpenAIChatMessages,
} from "@instr/core/adapter";

/** The chat completions request body for `request`; `stream` adds usage to the last event. */
export function toWireBody(request: AdapterRequest, stream: boolean): Record<string, unknown> {
  return {
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
