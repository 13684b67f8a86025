import { toolCallId } from "./ids.js";
import { MockScriptError } from "./mock-script-error.js";
import { splitCodePoints } from "./split-text.js";
import type { MessageReply, WireUsage } from "./types.js";

const DEFAULT_CHUNK_SIZE = 8;

/** A tool call with its id fixed and its argument deltas decided. */
export interface ResolvedToolCall {
  id: string;
  name: string;
  arguments: string;
  argumentChunks: string[];
}

/** A message reply with every default applied, ready to be rendered as JSON or as SSE chunks. */
export interface ResolvedMessage {
  content: string | null;
  contentChunks: string[];
  toolCalls: ResolvedToolCall[];
  reasoning: string | undefined;
  reasoningChunks: string[];
  refusal: string | undefined;
  finishReason: string;
  usage: WireUsage & { total_tokens: number };
  model: string | undefined;
}

/**
 * Applies defaults and checks the script: explicit chunks must join to the text they stand for,
 * so a test can never stream one thing while asserting another.
 */
export function resolveMessage(reply: MessageReply, promptChars: number): ResolvedMessage {
  const script = reply.stream ?? {};
  const size = script.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const scriptedCalls = reply.toolCalls ?? [];
  const content =
    reply.content !== undefined
      ? reply.content
      : script.chunks !== undefined
        ? script.chunks.join("")
        : scriptedCalls.length > 0
          ? null
          : "";
  const contentChunks = script.chunks ?? splitCodePoints(content ?? "", size);
  if (contentChunks.join("") !== (content ?? "")) {
    throw new MockScriptError("stream.chunks do not join to the reply's content");
  }
  const gateAt = script.gate?.afterChunks;
  if (gateAt !== undefined && !(Number.isInteger(gateAt) && gateAt >= 0)) {
    throw new MockScriptError(`stream.gate.afterChunks must be a whole number >= 0, got ${gateAt}`);
  }
  if (script.argumentChunks !== undefined && script.argumentChunks.length > scriptedCalls.length) {
    throw new MockScriptError("stream.argumentChunks has more entries than toolCalls");
  }
  const toolCalls = scriptedCalls.map((call, index): ResolvedToolCall => {
    const explicit = script.argumentChunks?.[index];
    if (explicit !== undefined && explicit.join("") !== call.arguments) {
      throw new MockScriptError(`stream.argumentChunks[${index}] do not join to its arguments`);
    }
    return {
      id: call.id ?? toolCallId(),
      name: call.name,
      arguments: call.arguments,
      argumentChunks: explicit ?? splitCodePoints(call.arguments, size),
    };
  });
  const completionChars =
    (content ?? "").length +
    (reply.reasoning ?? "").length +
    toolCalls.reduce((sum, call) => sum + call.name.length + call.arguments.length, 0);
  return {
    content,
    contentChunks,
    toolCalls,
    reasoning: reply.reasoning,
    reasoningChunks: splitCodePoints(reply.reasoning ?? "", size),
    refusal: reply.refusal,
    finishReason: reply.finishReason ?? (toolCalls.length > 0 ? "tool_calls" : "stop"),
    usage: completeUsage(reply.usage ?? estimateUsage(promptChars, completionChars)),
    model: reply.model,
  };
}

/** Roughly four characters per token: plausible numbers when a script does not care. */
function estimateUsage(promptChars: number, completionChars: number): WireUsage {
  return {
    prompt_tokens: Math.max(1, Math.ceil(promptChars / 4)),
    completion_tokens: Math.max(1, Math.ceil(completionChars / 4)),
  };
}

function completeUsage(usage: WireUsage): WireUsage & { total_tokens: number } {
  return {
    ...usage,
    total_tokens: usage.total_tokens ?? usage.prompt_tokens + usage.completion_tokens,
  };
}
