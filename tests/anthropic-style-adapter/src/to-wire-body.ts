import {
  type AdapterRequest,
  type Message,
  providerOptionsFor,
  type ReasoningPart,
  safeJson,
  type ToolCall,
} from "@instr/core/adapter";

/** One content block of a wire message. */
export type WireBlock =
  | { type: "text"; text: string }
  | { type: "thinking"; thinking: string; signature?: string }
  | { type: "tool_use"; id: string; name: string; input: Record<string, unknown> }
  | { type: "tool_result"; tool_use_id: string; content: string };

/** One wire message: only `user` and `assistant` exist on this wire. */
export interface WireMessage {
  role: "user" | "assistant";
  content: WireBlock[];
}

/**
 * The Messages request body for `request`. `max_tokens` is required on this wire, so
 * `defaultMaxTokens` stands in when the caller gives none. Of `providerOptions`, only the
 * adapter's own key (`options.provider`) is read.
 */
export function toWireBody(
  request: AdapterRequest,
  options: { provider: string; stream: boolean; defaultMaxTokens: number },
): Record<string, unknown> {
  const { schema } = request;
  const system = request.messages.flatMap((message) =>
    message.role === "system" ? [{ type: "text", text: textOf(message.content) }] : [],
  );
  return {
    // Provider-specific knobs (top_k, metadata, …) first, so they cannot override the mapping.
    ...providerOptionsFor(request.providerOptions, options.provider),
    model: request.model,
    max_tokens: request.maxTokens ?? options.defaultMaxTokens,
    ...(system.length > 0 ? { system } : {}),
    messages: toWireMessages(request.messages, options.provider),
    ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
    // TOOLS: one tool whose input_schema is the schema, forced. JSON and MD_JSON: nothing; this
    // wire has no JSON-object format, and core has already put the schema into the messages.
    ...(request.mode === "tools"
      ? {
          tools: [
            {
              name: schema.name,
              ...(schema.description === undefined ? {} : { description: schema.description }),
              input_schema: schema.jsonSchema,
            },
          ],
          tool_choice: { type: "tool", name: schema.name },
        }
      : {}),
    ...(options.stream ? { stream: true } : {}),
  };
}

/**
 * Maps the conversation to alternating user / assistant turns. System messages go to the
 * top-level `system` instead; a `tool` message becomes a `tool_result` block of a user turn;
 * consecutive messages of one wire role merge into one turn (the wire requires alternation).
 */
export function toWireMessages(messages: readonly Message[], provider: string): WireMessage[] {
  const turns: WireMessage[] = [];
  for (const message of messages) {
    if (message.role === "system") continue;
    const role = message.role === "assistant" ? "assistant" : "user";
    const blocks = toBlocks(message, provider);
    const last = turns.at(-1);
    if (last?.role === role) last.content.push(...blocks);
    else turns.push({ role, content: blocks });
  }
  return turns;
}

function toBlocks(message: Message, provider: string): WireBlock[] {
  switch (message.role) {
    case "system": // sent as the top-level `system`
      return [];
    case "user":
      return [{ type: "text", text: textOf(message.content) }];
    case "tool":
      return [{ type: "tool_result", tool_use_id: message.toolCallId, content: message.content }];
    case "assistant":
      // Thinking first, each with the signature it came with (the wire checks it on a re-ask).
      return [
        ...(message.reasoning ?? []).map((part) => toThinking(part, provider)),
        ...(message.content ? [{ type: "text" as const, text: message.content }] : []),
        ...(message.toolCalls ?? []).map(toToolUse),
      ];
  }
}

function toThinking(part: ReasoningPart, provider: string): WireBlock {
  const signature = part.providerMetadata?.[provider]?.signature;
  return {
    type: "thinking",
    thinking: part.text,
    ...(typeof signature === "string" ? { signature } : {}),
  };
}

// `arguments` is the raw JSON text the model wrote, but this wire wants an object. On a re-ask
// after invalid JSON there is no object to send: send `{}`; the tool_result that follows carries
// the error (and core quotes the bad text there).
function toToolUse(call: ToolCall): WireBlock {
  const input = safeJson(call.arguments);
  return {
    type: "tool_use",
    id: call.id,
    name: call.name,
    input: isRecord(input) ? input : {},
  };
}

/** The text of a content (the adapter declares text input only: core rejects other parts). */
function textOf(content: string | readonly { type: string; text?: string }[]): string {
  return typeof content === "string" ? content : content.map((part) => part.text ?? "").join("");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
