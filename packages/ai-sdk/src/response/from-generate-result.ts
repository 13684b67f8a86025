import type { LanguageModelV3GenerateResult } from "@ai-sdk/provider";
import type { AdapterResponse, ReasoningPart, ToolCall } from "@instr/core/adapter";
import { toFinishReason } from "./finish-reason.js";
import { toUsage } from "./usage.js";

/**
 * A whole `doGenerate` result as our response: text parts joined, tool calls with their raw
 * input text, reasoning parts with the metadata the provider attached (for the re-ask).
 */
export function fromGenerateResult(
  result: LanguageModelV3GenerateResult,
): AdapterResponse<LanguageModelV3GenerateResult> {
  const texts: string[] = [];
  const toolCalls: ToolCall[] = [];
  const reasoning: ReasoningPart[] = [];
  for (const part of result.content) {
    if (part.type === "text") texts.push(part.text);
    else if (part.type === "tool-call") {
      toolCalls.push({
        id: part.toolCallId,
        name: part.toolName,
        arguments: part.input,
        ...(part.providerMetadata ? { providerMetadata: part.providerMetadata } : {}),
      });
    } else if (part.type === "reasoning") {
      reasoning.push({
        type: "reasoning",
        text: part.text,
        ...(part.providerMetadata ? { providerMetadata: part.providerMetadata } : {}),
      });
    }
  }
  const usage = toUsage(result.usage);
  return {
    text: texts.length > 0 ? texts.join("") : null,
    toolCalls,
    ...(reasoning.length > 0 ? { reasoning } : {}),
    finishReason: toFinishReason(result.finishReason),
    ...(usage ? { usage } : {}),
    ...(result.providerMetadata ? { providerMetadata: result.providerMetadata } : {}),
    raw: result,
  };
}
