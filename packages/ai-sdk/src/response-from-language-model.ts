import type { LanguageModelV3GenerateResult } from "@ai-sdk/provider";
import type { AdapterResponse, ReasoningPart, ToolCall } from "@instr/core/adapter";
import { finishReasonFromLanguageModel } from "./finish-reason-from-language-model.js";
import { usageFromLanguageModel } from "./usage-from-language-model.js";

/**
 * A whole `doGenerate` result as our response: text parts joined, tool calls with their raw
 * input text, reasoning parts with the metadata the provider attached (for the re-ask).
 */
export function responseFromLanguageModel(
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
  const usage = usageFromLanguageModel(result.usage);
  return {
    text: texts.length > 0 ? texts.join("") : null,
    toolCalls,
    ...(reasoning.length > 0 ? { reasoning } : {}),
    finishReason: finishReasonFromLanguageModel(result.finishReason),
    ...(usage ? { usage } : {}),
    ...(result.providerMetadata ? { providerMetadata: result.providerMetadata } : {}),
    raw: result,
  };
}
