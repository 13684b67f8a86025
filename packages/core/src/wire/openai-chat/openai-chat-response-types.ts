import type { OpenAIChatUsage } from "./openai-chat-usage.js";

/**
 * The parts of an OpenAI-compatible chat completion (and of its stream chunks) that instr reads,
 * as structural types: the vendor SDKs' completion and chunk types are assignable to them.
 */

/** A tool call in a whole message; calls without `function` (custom tools) are skipped. */
export interface OpenAIChatResponseToolCall {
  id?: string | null;
  function?: { name?: string | null; arguments?: string | null } | null;
}

/** A whole chat completion. */
export interface OpenAIChatCompletion {
  choices: readonly {
    message: {
      content?: string | null;
      refusal?: string | null;
      /** Reasoning text, as Cerebras and others send it (vLLM and DeepSeek: `reasoning_content`). */
      reasoning?: string | null;
      reasoning_content?: string | null;
      tool_calls?: readonly OpenAIChatResponseToolCall[] | null;
    };
    finish_reason?: string | null;
  }[];
  usage?: OpenAIChatUsage | null;
}

/** One tool-call delta in a stream chunk. */
export interface OpenAIChatToolCallDelta {
  index?: number | null;
  id?: string | null;
  function?: { name?: string | null; arguments?: string | null } | null;
}

/** One chunk of a streamed chat completion. */
export interface OpenAIChatChunk {
  choices?:
    | readonly {
        index?: number | null;
        delta?: {
          content?: string | null;
          refusal?: string | null;
          reasoning?: string | null;
          reasoning_content?: string | null;
          tool_calls?: readonly OpenAIChatToolCallDelta[] | null;
        } | null;
        finish_reason?: string | null;
      }[]
    | null;
  usage?: OpenAIChatUsage | null;
}
