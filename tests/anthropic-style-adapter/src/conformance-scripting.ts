import type { FinishReason, Message, ReasoningPart, ToolCall } from "@instr/core/adapter";
import type {
  ConformanceReply,
  ConformanceScripting,
  ObservedOutput,
  ObservedRequest,
  StreamInterrupt,
} from "@instr/core/testing";
import type { ScriptedBlock, ScriptedServer, ServerReply } from "./scripted-server.js";

/** The stop reason the wire uses for each finish reason (`pause_turn` maps back to "other"). */
const STOP_REASONS: Record<FinishReason, string> = {
  stop: "end_turn",
  length: "max_tokens",
  tool_calls: "tool_use",
  content_filter: "refusal",
  other: "pause_turn",
};

/**
 * The conformance scripting for the Anthropic-Messages-style wire: turns the suite's
 * provider-neutral replies into the server's wire replies and decodes what the adapter sent.
 */
export function anthropicStyleScripting(
  server: ScriptedServer,
  options: { apiKey?: string; provider?: string } = {},
): ConformanceScripting {
  const apiKey = options.apiKey ?? "test-anthropic-style-key-0123456789";
  return {
    apiKey,
    setup: () => server.start(),
    teardown: () => server.close(),
    reset: () => server.reset(),
    script: (reply) => server.enqueue(toServerReply(reply)),
    lastRequest: () => {
      const last = server.requests.at(-1);
      if (last === undefined) throw new Error("the server received no request");
      return fromWireBody(last.body, options.provider ?? "anthropic-style");
    },
  };
}

/** A provider-neutral scripted reply in the wire's terms. */
export function toServerReply(reply: ConformanceReply): ServerReply {
  if (reply.type !== "message") return reply;
  // The wire has no refusal text apart from the answer (the suite runs with `refusal: false`).
  if (reply.refusal !== undefined) throw new Error("this wire cannot script a refusal text");
  const content: ScriptedBlock[] = [];
  if (reply.reasoning) {
    content.push({
      type: "thinking",
      thinking: reply.reasoning,
      ...(reply.reasoningSignature === undefined ? {} : { signature: reply.reasoningSignature }),
    });
  }
  if (reply.text) content.push({ type: "text", text: reply.text });
  for (const call of reply.toolCalls ?? []) {
    content.push({ type: "tool_use", id: call.id, name: call.name, input: call.arguments });
  }
  return {
    type: "message",
    content,
    stop_reason: STOP_REASONS[reply.finishReason],
    ...(reply.interrupt === undefined ? {} : { interrupt: toInterrupt(reply.interrupt, content) }),
    usage: { input_tokens: reply.usage.promptTokens, output_tokens: reply.usage.completionTokens },
    ...(reply.chunkSize === undefined ? {} : { chunkSize: reply.chunkSize }),
    ...(reply.chunkDelayMs === undefined ? {} : { chunkDelayMs: reply.chunkDelayMs }),
    ...(reply.omitFinishReason === true ? { omitStop: true } : {}),
  };
}

/**
 * The server's interrupt for the suite's: message_start and the text block's
 * content_block_start come before its deltas. The error is a server-side one (`overloaded_error`,
 * retryable like a 529).
 */
function toInterrupt(
  interrupt: StreamInterrupt,
  content: ScriptedBlock[],
): NonNullable<Extract<ServerReply, { type: "message" }>["interrupt"]> {
  if (content.length !== 1 || content[0]?.type !== "text") {
    throw new Error("this scripting interrupts answers with one text block only");
  }
  return {
    afterEvents: 2 + interrupt.afterTextDeltas,
    with: interrupt.with === "drop" ? "drop" : { type: "overloaded_error", message: "Overloaded" },
  };
}

interface WireBody {
  model: string;
  max_tokens?: number;
  temperature?: number;
  stream?: boolean;
  system?: Array<{ type: "text"; text: string }>;
  messages: Array<{ role: "user" | "assistant"; content: WireBlock[] }>;
  tools?: Array<{ name: string; description?: string; input_schema: Record<string, unknown> }>;
  tool_choice?: { type: string; name?: string };
}

type WireBlock =
  | { type: "text"; text: string }
  | { type: "thinking"; thinking: string; signature?: string }
  | { type: "tool_use"; id: string; name: string; input: unknown }
  | { type: "tool_result"; tool_use_id: string; content: string };

/**
 * Decodes a request body the adapter sent into provider-neutral terms, `max_tokens` as it is
 * (the adapter's default when the caller set none: the suite's `defaultMaxTokens` option).
 */
export function fromWireBody(raw: unknown, provider: string): ObservedRequest {
  const body = raw as WireBody;
  const messages: Message[] = (body.system ?? []).map((block) => ({
    role: "system",
    content: block.text,
  }));
  for (const turn of body.messages) {
    if (turn.role === "assistant") {
      const texts = turn.content.flatMap((block) => (block.type === "text" ? [block.text] : []));
      const toolCalls: ToolCall[] = turn.content.flatMap((block) =>
        block.type === "tool_use"
          ? [{ id: block.id, name: block.name, arguments: JSON.stringify(block.input) }]
          : [],
      );
      const reasoning: ReasoningPart[] = turn.content.flatMap((block) =>
        block.type === "thinking"
          ? [
              {
                type: "reasoning" as const,
                text: block.thinking,
                ...(block.signature === undefined
                  ? {}
                  : { providerMetadata: { [provider]: { signature: block.signature } } }),
              },
            ]
          : [],
      );
      messages.push({
        role: "assistant",
        content: texts.length > 0 ? texts.join("") : null,
        ...(reasoning.length > 0 ? { reasoning } : {}),
        ...(toolCalls.length > 0 ? { toolCalls } : {}),
      });
      continue;
    }
    for (const block of turn.content) {
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
    fields: { ...body },
  };
}
