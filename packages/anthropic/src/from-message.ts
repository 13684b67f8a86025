import type Anthropic from "@anthropic-ai/sdk";
import type { AdapterResponse, ReasoningPart, ToolCall } from "@instr/core/adapter";
import { finishReasonOf } from "./finish-reason-of.js";
import { usageOf } from "./usage-of.js";

/**
 * A whole Messages API answer, normalised: text blocks joined, `tool_use` inputs as JSON text,
 * thinking blocks as reasoning parts whose signature (or a redacted block's data) rides in
 * `providerMetadata.anthropic` back to the API on a re-ask.
 */
export function fromMessage(message: Anthropic.Message): AdapterResponse<Anthropic.Message> {
  let text: string | null = null;
  const reasoning: ReasoningPart[] = [];
  const toolCalls: ToolCall[] = [];
  for (const block of message.content) {
    switch (block.type) {
      case "text":
        text = (text ?? "") + block.text;
        break;
      case "thinking":
        reasoning.push(thinkingPart(block.thinking, { signature: block.signature }));
        break;
      case "redacted_thinking":
        reasoning.push(thinkingPart("", { redactedData: block.data }));
        break;
      case "tool_use":
        // The wire hands over a parsed object: its JSON text is the closest to "as written".
        toolCalls.push({ id: block.id, name: block.name, arguments: inputText(block.input) });
        break;
    }
  }
  const usage = usageOf(message.usage);
  return {
    text,
    toolCalls,
    ...(reasoning.length > 0 ? { reasoning } : {}),
    finishReason: finishReasonOf(message.stop_reason),
    ...(usage === undefined ? {} : { usage }),
    raw: message,
  };
}

/** A reasoning part carrying what the API needs back unchanged. */
export function thinkingPart(text: string, anthropic: Record<string, string>): ReasoningPart {
  return { type: "reasoning", text, providerMetadata: { anthropic } };
}

// A string input is what a server sends when the model's JSON was not an object: keep it raw.
function inputText(input: unknown): string {
  return typeof input === "string" ? input : JSON.stringify(input ?? {});
}
