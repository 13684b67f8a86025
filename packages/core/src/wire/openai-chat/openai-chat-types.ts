import type { JsonSchema } from "../../types/json-schema.js";

/**
 * The OpenAI chat completions wire shapes that instr writes, as plain JSON types: the lingua
 * franca of OpenAI-compatible endpoints (OpenAI, Cerebras, vLLM, …). Only the fields instr uses;
 * each is assignable to the matching type of the vendor SDKs.
 */

/** A function call the assistant made, on the wire. */
export interface OpenAIChatToolCall {
  id: string;
  type: "function";
  function: { name: string; arguments: string };
}

/** One chat message on the wire. */
export type OpenAIChatMessage =
  | { role: "system" | "user"; content: string }
  | { role: "assistant"; content: string | null; tool_calls?: OpenAIChatToolCall[] }
  | { role: "tool"; tool_call_id: string; content: string };

/** A function tool on the wire. */
export interface OpenAIChatTool {
  type: "function";
  function: { name: string; description?: string; parameters: JsonSchema; strict?: boolean };
}

/** The request fields that ask for structured output in one mode. */
export interface OpenAIChatModeFields {
  tools?: OpenAIChatTool[];
  tool_choice?: "auto" | { type: "function"; function: { name: string } };
  response_format?:
    | { type: "json_object" }
    | {
        type: "json_schema";
        json_schema: { name: string; description?: string; schema: JsonSchema; strict: boolean };
      };
}
