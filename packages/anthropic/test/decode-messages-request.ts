import type { Message, ReasoningPart, ToolCall, UserContentPart } from "@instr/core/adapter";
import type { ObservedOutput, ObservedRequest } from "@instr/core/testing";
import { z } from "zod";

const source = z.discriminatedUnion("type", [
  z.object({ type: z.literal("base64"), media_type: z.string(), data: z.string() }),
  z.object({ type: z.literal("url"), url: z.string() }),
]);
const userBlock = z.discriminatedUnion("type", [
  z.object({ type: z.literal("text"), text: z.string() }),
  z.object({ type: z.literal("image"), source }),
  z.object({ type: z.literal("document"), source, title: z.string().optional() }),
  z.object({ type: z.literal("tool_result"), tool_use_id: z.string(), content: z.string() }),
]);
const assistantBlock = z.discriminatedUnion("type", [
  z.object({ type: z.literal("text"), text: z.string() }),
  z.object({ type: z.literal("tool_use"), id: z.string(), name: z.string(), input: z.unknown() }),
  z.object({ type: z.literal("thinking"), thinking: z.string(), signature: z.string() }),
  z.object({ type: z.literal("redacted_thinking"), data: z.string() }),
]);
const messagesRequest = z.object({
  model: z.string(),
  max_tokens: z.number().optional(),
  temperature: z.number().optional(),
  stream: z.boolean().optional(),
  system: z.string().optional(),
  messages: z.array(
    z.discriminatedUnion("role", [
      z.object({ role: z.literal("user"), content: z.union([z.string(), z.array(userBlock)]) }),
      z.object({ role: z.literal("assistant"), content: z.array(assistantBlock) }),
    ]),
  ),
  tools: z
    .array(
      z.object({
        name: z.string(),
        description: z.string().optional(),
        input_schema: z.record(z.string(), z.unknown()),
      }),
    )
    .optional(),
  tool_choice: z.object({ type: z.string(), name: z.string().optional() }).optional(),
  // It names no schema, so JSON_SCHEMA cannot be observed as the suite describes it.
  output_config: z.object({ format: z.undefined() }).optional(),
});

type UserBlock = z.infer<typeof userBlock>;
type AssistantBlock = z.infer<typeof assistantBlock>;

/**
 * A Messages API body the adapter sent, in provider-neutral terms (throws on anything else):
 * thinking blocks as reasoning parts with their signature in `providerMetadata.anthropic`, as the
 * adapter reads them.
 */
export function decodeMessagesRequest(body: unknown): ObservedRequest {
  const request = messagesRequest.parse(body);
  const messages: Message[] =
    request.system === undefined ? [] : [{ role: "system", content: request.system }];
  for (const turn of request.messages) {
    if (turn.role === "assistant") messages.push(decodeAssistant(turn.content));
    else if (typeof turn.content === "string")
      messages.push({ role: "user", content: turn.content });
    else messages.push(...decodeUserBlocks(turn.content));
  }
  const [tool] = request.tools ?? [];
  const output: ObservedOutput = tool
    ? {
        kind: "tool",
        name: tool.name,
        ...(tool.description === undefined ? {} : { description: tool.description }),
        parameters: tool.input_schema,
        forced: request.tool_choice?.type === "tool" && request.tool_choice.name === tool.name,
      }
    : { kind: "none" };
  return {
    model: request.model,
    messages,
    output,
    stream: request.stream === true,
    ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
    ...(request.max_tokens === undefined ? {} : { maxTokens: request.max_tokens }),
    fields: z.record(z.string(), z.unknown()).parse(body),
  };
}

/** A user turn's blocks: `tool_result` blocks as tool messages, runs of others as one message. */
function decodeUserBlocks(blocks: UserBlock[]): Message[] {
  const decoded: Message[] = [];
  let parts: UserContentPart[] = [];
  const flush = () => {
    if (parts.length > 0) decoded.push({ role: "user", content: parts });
    parts = [];
  };
  for (const block of blocks) {
    if (block.type === "tool_result") {
      flush();
      decoded.push({ role: "tool", toolCallId: block.tool_use_id, content: block.content });
    } else {
      parts.push(decodeUserPart(block));
    }
  }
  flush();
  return decoded;
}

/** An image or document block back as a part: its URL, or its base64 data as a data URL. */
function decodeUserPart(block: Exclude<UserBlock, { type: "tool_result" }>): UserContentPart {
  if (block.type === "text") return block;
  const { source } = block;
  const mediaType = source.type === "base64" ? source.media_type : undefined;
  const data = source.type === "url" ? source.url : `data:${mediaType};base64,${source.data}`;
  if (block.type === "image") {
    return { type: "image", image: data, ...(mediaType === undefined ? {} : { mediaType }) };
  }
  return {
    type: "file",
    data,
    mediaType: mediaType ?? "application/pdf",
    ...(block.title === undefined ? {} : { filename: block.title }),
  };
}

/** An assistant turn: its thinking blocks as reasoning parts, as the adapter reads them. */
function decodeAssistant(blocks: AssistantBlock[]): Message {
  const texts: string[] = [];
  const toolCalls: ToolCall[] = [];
  const reasoning: ReasoningPart[] = [];
  for (const block of blocks) {
    if (block.type === "text") texts.push(block.text);
    else if (block.type === "tool_use")
      toolCalls.push({ id: block.id, name: block.name, arguments: JSON.stringify(block.input) });
    else {
      const anthropic =
        block.type === "thinking" ? { signature: block.signature } : { redactedData: block.data };
      const text = block.type === "thinking" ? block.thinking : "";
      reasoning.push({ type: "reasoning", text, providerMetadata: { anthropic } });
    }
  }
  return {
    role: "assistant",
    content: texts.length > 0 ? texts.join("") : null,
    ...(toolCalls.length > 0 ? { toolCalls } : {}),
    ...(reasoning.length > 0 ? { reasoning } : {}),
  };
}
