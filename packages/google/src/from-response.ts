import type { GenerateContentResponse } from "@google/genai";
import type { AdapterResponse, ReasoningPart, ToolCall } from "@instr/core/adapter";
import { finishReasonOf } from "./finish-reason.js";
import { metadataOfPart, toProviderMetadata } from "./provider-metadata.js";
import { toolCallOf } from "./tool-call-of.js";
import { usageOf } from "./usage.js";

/**
 * A whole `generateContent` answer, normalised: thought parts as reasoning parts (signed ones
 * with their `thoughtSignature` in `providerMetadata.google`), the text parts joined, each
 * `functionCall` part as a tool call (its arguments as JSON text), and the signature of the last
 * signed text part as the response's `providerMetadata.google`, all sent back on a re-ask.
 * A response without a finish reason is `other`.
 */
export function fromResponse(
  response: GenerateContentResponse,
): AdapterResponse<GenerateContentResponse> {
  const candidate = response.candidates?.[0];
  const reasoning: ReasoningPart[] = [];
  const toolCalls: ToolCall[] = [];
  const texts: string[] = [];
  let textSignature: string | undefined;
  for (const part of candidate?.content?.parts ?? []) {
    if (part.functionCall !== undefined) {
      toolCalls.push(toolCallOf(part, toolCalls.length));
    } else if (part.thought === true) {
      const providerMetadata = metadataOfPart(part);
      reasoning.push({
        type: "reasoning",
        text: part.text ?? "",
        ...(providerMetadata === undefined ? {} : { providerMetadata }),
      });
    } else if (part.text !== undefined) {
      texts.push(part.text);
      textSignature = part.thoughtSignature ?? textSignature;
    }
  }
  const usage = usageOf(response.usageMetadata);
  const providerMetadata = toProviderMetadata(
    textSignature === undefined ? {} : { thoughtSignature: textSignature },
  );
  const finishReason =
    finishReasonOf(
      candidate?.finishReason,
      response.promptFeedback?.blockReason,
      toolCalls.length > 0,
    ) ?? "other";
  return {
    text: texts.length === 0 ? null : texts.join(""),
    toolCalls,
    ...(reasoning.length === 0 ? {} : { reasoning }),
    finishReason,
    ...(usage === undefined ? {} : { usage }),
    ...(providerMetadata === undefined ? {} : { providerMetadata }),
    raw: response,
  };
}
