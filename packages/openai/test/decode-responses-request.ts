import type { Message, ReasoningPart, ToolCall, UserContentPart } from "@instr/core/adapter";
import type { ObservedOutput, ObservedRequest } from "@instr/core/testing";
import { z } from "zod";

const inputContent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("input_text"), text: z.string() }),
  z.object({ type: z.literal("input_image"), image_url: z.string() }),
  z.object({
    type: z.literal("input_file"),
    file_data: z.string(),
    filename: z.string().optional(),
  }),
]);
const inputItem = z.union([
  z.object({ role: z.literal("system"), content: z.string() }),
  z.object({ role: z.literal("user"), content: z.union([z.string(), z.array(inputContent)]) }),
  z.object({ role: z.literal("assistant"), content: z.string() }),
  z.object({ type: z.literal("function_call_output"), call_id: z.string(), output: z.string() }),
  z.object({
    type: z.literal("function_call"),
    call_id: z.string(),
    name: z.string(),
    arguments: z.string(),
  }),
  z.object({
    type: z.literal("reasoning"),
    id: z.string(),
    summary: z.array(z.object({ text: z.string() })),
    encrypted_content: z.string().optional(),
  }),
]);
const responsesRequest = z.object({
  model: z.string(),
  input: z.array(inputItem),
  stream: z.boolean().optional(),
  temperature: z.number().optional(),
  max_output_tokens: z.number().optional(),
  tools: z
    .array(
      z.object({
        type: z.literal("function"),
        name: z.string(),
        description: z.string().optional(),
        parameters: z.record(z.string(), z.unknown()),
      }),
    )
    .optional(),
  tool_choice: z.object({ type: z.literal("function"), name: z.string() }).optional(),
  text: z
    .object({
      format: z.discriminatedUnion("type", [
        z.object({ type: z.literal("json_object") }),
        z.object({
          type: z.literal("json_schema"),
          name: z.string(),
          schema: z.record(z.string(), z.unknown()),
          strict: z.boolean().optional(),
        }),
      ]),
    })
    .optional(),
});

type InputItem = z.infer<typeof inputItem>;
type AssistantItem = Extract<
  InputItem,
  { role: "assistant" } | { type: "function_call" | "reasoning" }
>;

/**
 * A Responses API body the adapter sent, in provider-neutral terms (throws on anything else):
 * reasoning items as reasoning parts with their item id and encrypted content in
 * `providerMetadata.openai`, as the adapter reads them.
 */
export function decodeResponsesRequest(body: unknown): ObservedRequest {
  const request = responsesRequest.parse(body);
  const { temperature, max_output_tokens: maxTokens } = request;
  return {
    model: request.model,
    messages: decodeInput(request.input),
    output: decodeOutput(request),
    stream: request.stream === true,
    ...(temperature === undefined ? {} : { temperature }),
    ...(maxTokens === undefined ? {} : { maxTokens }),
    fields: z.record(z.string(), z.unknown()).parse(body),
  };
}

/**
 * The input items as core's messages. One assistant turn is a run of items: its reasoning items,
 * its text (an assistant message item) and its function calls, in that order.
 */
function decodeInput(items: InputItem[]): Message[] {
  const messages: Message[] = [];
  let turn: AssistantItem[] = [];
  const flush = () => {
    if (turn.length > 0) messages.push(decodeAssistant(turn));
    turn = [];
  };
  for (const item of items) {
    if ("role" in item && item.role === "assistant") {
      if (turn.some((seen) => !("type" in seen) || seen.type === "function_call")) flush();
      turn.push(item);
    } else if ("type" in item && item.type === "reasoning") {
      if (turn.some((seen) => !("type" in seen) || seen.type !== "reasoning")) flush();
      turn.push(item);
    } else if ("type" in item && item.type === "function_call") {
      turn.push(item);
    } else {
      flush();
      messages.push(decodeOther(item));
    }
  }
  flush();
  return messages;
}

function decodeOther(item: Exclude<InputItem, AssistantItem>): Message {
  if ("type" in item) return { role: "tool", toolCallId: item.call_id, content: item.output };
  if (item.role === "system") return item;
  if (typeof item.content === "string") return { role: "user", content: item.content };
  return { role: "user", content: item.content.map(decodeContent) };
}

function decodeContent(part: z.infer<typeof inputContent>): UserContentPart {
  switch (part.type) {
    case "input_text":
      return { type: "text", text: part.text };
    case "input_image":
      return { type: "image", image: part.image_url };
    case "input_file":
      return {
        type: "file",
        data: part.file_data,
        mediaType: part.file_data.slice(5, part.file_data.indexOf(";")),
        ...(part.filename === undefined ? {} : { filename: part.filename }),
      };
  }
}

function decodeAssistant(items: AssistantItem[]): Message {
  let content: string | null = null;
  const toolCalls: ToolCall[] = [];
  const reasoning: ReasoningPart[] = [];
  for (const item of items) {
    if (!("type" in item)) content = item.content;
    else if (item.type === "function_call") {
      toolCalls.push({ id: item.call_id, name: item.name, arguments: item.arguments });
    } else {
      reasoning.push({
        type: "reasoning",
        text: item.summary.map((part) => part.text).join(""),
        providerMetadata: {
          openai: {
            itemId: item.id,
            ...(item.encrypted_content === undefined
              ? {}
              : { encryptedContent: item.encrypted_content }),
          },
        },
      });
    }
  }
  return {
    role: "assistant",
    content,
    ...(toolCalls.length > 0 ? { toolCalls } : {}),
    ...(reasoning.length > 0 ? { reasoning } : {}),
  };
}

function decodeOutput(request: z.infer<typeof responsesRequest>): ObservedOutput {
  const [tool] = request.tools ?? [];
  if (tool !== undefined) {
    return {
      kind: "tool",
      name: tool.name,
      ...(tool.description === undefined ? {} : { description: tool.description }),
      parameters: tool.parameters,
      forced: request.tool_choice?.name === tool.name,
    };
  }
  const format = request.text?.format;
  if (format === undefined) return { kind: "none" };
  if (format.type === "json_object") return { kind: "json_object" };
  return {
    kind: "json_schema",
    name: format.name,
    schema: format.schema,
    strict: format.strict === true,
  };
}
