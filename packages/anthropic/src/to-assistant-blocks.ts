import type Anthropic from "@anthropic-ai/sdk";
import type { Message, ReasoningPart, ToolCall } from "@instr/core/adapter";

/**
 * An assistant turn core built for a re-ask, as the blocks the model wrote: its thinking blocks
 * first, exactly as received (the API checks their signatures), a redacted block as its opaque
 * data, then the text and the tool uses.
 */
export function toAssistantBlocks(
  message: Extract<Message, { role: "assistant" }>,
): Anthropic.ContentBlockParam[] {
  return [
    ...(message.reasoning ?? []).map(toThinkingBlock),
    ...(message.content ? [{ type: "text" as const, text: message.content }] : []),
    ...(message.toolCalls ?? []).map(toToolUse),
  ];
}

function toThinkingBlock(
  part: ReasoningPart,
): Anthropic.ThinkingBlockParam | Anthropic.RedactedThinkingBlockParam {
  const meta = part.providerMetadata?.anthropic;
  if (typeof meta?.redactedData === "string") {
    return { type: "redacted_thinking", data: meta.redactedData };
  }
  const signature = typeof meta?.signature === "string" ? meta.signature : "";
  return { type: "thinking", thinking: part.text, signature };
}

// `arguments` is the JSON text the model wrote, but the wire wants an object. After invalid JSON
// there is no object to send: `{}` goes, and the tool_result that follows carries the error.
function toToolUse(call: ToolCall): Anthropic.ToolUseBlockParam {
  return { type: "tool_use", id: call.id, name: call.name, input: objectOf(call.arguments) };
}

function objectOf(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value))
      : {};
  } catch {
    return {};
  }
}
