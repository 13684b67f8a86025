import type { AdapterRequest, Message } from "@instr/core";

/** The chat completions request body for `request`; `stream` adds usage to the last event. */
export function toWireBody(request: AdapterRequest, stream: boolean): Record<string, unknown> {
  const { schema } = request;
  return {
    model: request.model,
    messages: request.messages.map(toWireMessage),
    ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
    ...(request.maxTokens === undefined ? {} : { max_tokens: request.maxTokens }),
    // TOOLS: one function whose parameters are the schema, forced. JSON: the JSON-object format.
    // MD_JSON: nothing; core has already put the schema into the messages.
    ...(request.mode === "tools"
      ? {
          tools: [
            {
              type: "function",
              function: {
                name: schema.name,
                ...(schema.description === undefined ? {} : { description: schema.description }),
                parameters: schema.jsonSchema,
              },
            },
          ],
          tool_choice: { type: "function", function: { name: schema.name } },
        }
      : {}),
    ...(request.mode === "json" ? { response_format: { type: "json_object" } } : {}),
    ...(stream ? { stream: true, stream_options: { include_usage: true } } : {}),
  };
}

function toWireMessage(message: Message): Record<string, unknown> {
  switch (message.role) {
    case "system":
    case "user":
      return { role: message.role, content: message.content };
    case "assistant":
      return {
        role: "assistant",
        content: message.content,
        ...(message.toolCalls?.length
          ? {
              tool_calls: message.toolCalls.map((call) => ({
                id: call.id,
                type: "function",
                function: { name: call.name, arguments: call.arguments },
              })),
            }
          : {}),
      };
    case "tool":
      return { role: "tool", tool_call_id: message.toolCallId, content: message.content };
  }
}
