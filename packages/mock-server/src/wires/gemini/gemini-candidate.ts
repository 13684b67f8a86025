import { jsonOrText } from "../../json-or-text.js";
import type { WireUsage } from "../../types.js";
import type { WireAnswer } from "../wire.js";

/** Gemini's finish reason for a scripted one; others (`RECITATION`, `MALFORMED_FUNCTION_CALL`…) pass verbatim. */
const FINISH_REASONS: Record<string, string> = {
  stop: "STOP",
  length: "MAX_TOKENS",
  // Gemini ends a function-calling turn with STOP; the calls are in the parts.
  tool_calls: "STOP",
  content_filter: "SAFETY",
};

/** The candidate's finish reason on the Gemini wire. */
export function geminiFinishReason(finishReason: string): string {
  return FINISH_REASONS[finishReason] ?? finishReason;
}

/**
 * The parts of an answer in Gemini's order, each with the pieces it streams as: the reasoning as
 * a thought part (signed with `reasoningSignature`, when scripted), the text, then one
 * `functionCall` part per tool call. A call streams whole, as on the Gemini API (it sends no
 * argument deltas), carries its `id` only when the script names one (the API mostly sends none),
 * and its arguments parsed: invalid JSON goes as a string.
 */
export function geminiParts({ message, reply }: WireAnswer): Record<string, unknown>[][] {
  const parts: Record<string, unknown>[][] = [];
  if (message.reasoning !== undefined) {
    const pieces = message.reasoningChunks.length > 0 ? message.reasoningChunks : [""];
    const signature = reply.reasoningSignature;
    parts.push(
      pieces.map((text, index) => ({
        text,
        thought: true,
        ...(signature !== undefined && index === pieces.length - 1
          ? { thoughtSignature: signature }
          : {}),
      })),
    );
  }
  if (message.content) parts.push(message.contentChunks.map((text) => ({ text })));
  message.toolCalls.forEach((call, index) => {
    const scripted = reply.toolCalls?.[index];
    const functionCall = {
      ...(scripted?.id === undefined ? {} : { id: call.id }),
      name: call.name,
      args: jsonOrText(call.arguments),
    };
    const signature = scripted?.signature;
    parts.push([
      { functionCall, ...(signature === undefined ? {} : { thoughtSignature: signature }) },
    ]);
  });
  return parts;
}

/** A whole part from its streamed pieces: the texts joined, the other fields of the last piece. */
export function wholePart(pieces: Record<string, unknown>[]): Record<string, unknown> {
  const last = pieces.at(-1) ?? {};
  if (typeof last.text !== "string") return last;
  return { ...last, text: pieces.map((piece) => piece.text).join("") };
}

/** `usageMetadata`: thoughts apart from the answer's tokens, cached tokens within the prompt's. */
export function geminiUsage(usage: WireUsage & { total_tokens: number }): Record<string, number> {
  const thoughts = usage.completion_tokens_details?.reasoning_tokens;
  const cached = usage.prompt_tokens_details?.cached_tokens;
  return {
    promptTokenCount: usage.prompt_tokens,
    candidatesTokenCount: usage.completion_tokens - (thoughts ?? 0),
    totalTokenCount: usage.total_tokens,
    ...(thoughts === undefined ? {} : { thoughtsTokenCount: thoughts }),
    ...(cached === undefined ? {} : { cachedContentTokenCount: cached }),
  };
}
