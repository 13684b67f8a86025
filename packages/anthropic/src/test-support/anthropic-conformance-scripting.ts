import type { Message, ToolCall } from "@instr/core";
import type {
  ConformanceReply,
  ConformanceScripting,
  ObservedOutput,
  ObservedRequest,
} from "@instr/core/testing";
import type { MockServer, Reply } from "@instr/mock-server";

/** Events before the first text delta of a text-only answer: message_start, content_block_start. */
const EVENTS_BEFORE_TEXT = 2;

/**
 * The conformance scripting for the Anthropic Messages wire of `@instr/mock-server`: turns the
 * suite's provider-neutral replies into mock-server replies and decodes what the adapter sent.
 */
export function anthropicScripting(server: MockServer, apiKey: string): ConformanceScripting {
  return {
    apiKey,
    teardown: () => server.close(),
    reset: () => server.reset(),
    script: (reply) => server.enqueue(toReply(reply)),
    lastRequest: () => {
      const last = server.requests.at(-1);
      if (last === undefined) throw new Error("the server received no request");
      return fromWireBody(last.body);
    },
  };
}

function toReply(reply: ConformanceReply): Reply {
  if (reply.type !== "message") return reply;
  // A refusal is a stop reason on this wire (the suite runs with `refusal: "stop_reason"`).
  if (reply.refusal !== undefined) throw new Error("this wire cannot script a refusal text");
  const { usage, interrupt } = reply;
  const at = interrupt === undefined ? undefined : EVENTS_BEFORE_TEXT + interrupt.afterTextDeltas;
  return {
    type: "message",
    content: reply.text ?? null,
    ...(reply.toolCalls === undefined ? {} : { toolCalls: reply.toolCalls }),
    ...(reply.reasoning === undefined ? {} : { reasoning: reply.reasoning }),
    finishReason: reply.finishReason,
    usage: {
      prompt_tokens: usage.promptTokens,
      completion_tokens: usage.completionTokens,
      ...(usage.cachedPromptTokens === undefined
        ? {}
        : { prompt_tokens_details: { cached_tokens: usage.cachedPromptTokens } }),
    },
    stream: {
      ...(reply.chunkSize === undefined ? {} : { chunkSize: reply.chunkSize }),
      ...(reply.chunkDelayMs === undefined ? {} : { chunkDelayMs: reply.chunkDelayMs }),
      ...(interrupt?.with === "drop" ? { dropAfterChunks: at } : {}),
      ...(interrupt?.with === "error" ? { errorAfterChunks: at } : {}),
    },
  };
}

interface WireBody {
  model: string;
  max_tokens?: number;
  temperature?: number;
  stream?: boolean;
  system?: string;
  messages: Array<{ role: "user" | "assistant"; content: string | WireBlock[] }>;
  tools?: Array<{ name: string; description?: string; input_schema: Record<string, unknown> }>;
  tool_choice?: { type: string; name?: string };
}

type WireBlock =
  | { type: "text"; text: string }
  | { type: "thinking"; thinking: string }
  | { type: "tool_use"; id: string; name: string; input: unknown }
  | { type: "tool_result"; tool_use_id: string; content: string };

/** A request body the adapter sent, in provider-neutral terms (`input_schema` as sent). */
function fromWireBody(raw: unknown): ObservedRequest {
  // The body is the adapter's own JSON; a mismatch fails the suite's assertions on it.
  const body = raw as WireBody;
  const messages: Message[] =
    body.system === undefined ? [] : [{ role: "system", content: body.system }];
  for (const turn of body.messages) {
    const blocks: WireBlock[] =
      typeof turn.content === "string" ? [{ type: "text", text: turn.content }] : turn.content;
    if (turn.role === "assistant") {
      const texts = blocks.flatMap((block) => (block.type === "text" ? [block.text] : []));
      const toolCalls: ToolCall[] = blocks.flatMap((block) =>
        block.type === "tool_use"
          ? [{ id: block.id, name: block.name, arguments: JSON.stringify(block.input) }]
          : [],
      );
      messages.push({
        role: "assistant",
        content: texts.length > 0 ? texts.join("") : null,
        ...(toolCalls.length > 0 ? { toolCalls } : {}),
      });
      continue;
    }
    for (const block of blocks) {
      if (block.type === "text") messages.push({ role: "user", content: block.text });
      else if (block.type === "tool_result")
        messages.push({ role: "tool", toolCallId: block.tool_use_id, content: block.content });
    }
  }
  const [tool] = body.tools ?? [];
  const output: ObservedOutput = tool
    ? {
        kind: "tool",
        name: tool.name,
        ...(tool.description === undefined ? {} : { description: tool.description }),
        parameters: tool.input_schema,
        forced: body.tool_choice?.type === "tool" && body.tool_choice.name === tool.name,
      }
    : { kind: "none" };
  return {
    model: body.model,
    messages,
    output,
    stream: body.stream === true,
    ...(body.temperature === undefined ? {} : { temperature: body.temperature }),
    ...(body.max_tokens === undefined ? {} : { maxTokens: body.max_tokens }),
  };
}
