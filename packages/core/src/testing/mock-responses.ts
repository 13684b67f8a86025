import type { AdapterResponse, FinishReason } from "../types/adapter.js";
import type { Usage } from "../types/usage.js";

/**
 * A scripted response with any field left out: `text` defaults to `null`, `toolCalls` to none,
 * `finishReason` to `"tool_calls"` when there are tool calls and `"stop"` otherwise, and `raw`
 * to the script itself.
 */
export type MockResponseInit = Partial<AdapterResponse>;

/** The whole `AdapterResponse` a {@link MockResponseInit} stands for. */
export function mockResponse(init: MockResponseInit): AdapterResponse {
  const toolCalls = init.toolCalls ?? [];
  return {
    ...init,
    text: init.text ?? null,
    toolCalls,
    finishReason: init.finishReason ?? (toolCalls.length > 0 ? "tool_calls" : "stop"),
    raw: "raw" in init ? init.raw : init,
  };
}

/** A whole text response (`finishReason` "stop" unless given). */
export function textResponse(
  text: string,
  options: { usage?: Usage; finishReason?: FinishReason; raw?: unknown } = {},
): AdapterResponse {
  return {
    text,
    toolCalls: [],
    finishReason: options.finishReason ?? "stop",
    ...(options.usage === undefined ? {} : { usage: options.usage }),
    raw: options.raw ?? { text },
  };
}

/**
 * A response with one tool call. `args` is JSON-encoded unless it is already a string (pass a
 * string to script invalid JSON).
 */
export function toolCallResponse(
  name: string,
  args: unknown,
  options: { id?: string; usage?: Usage; raw?: unknown } = {},
): AdapterResponse {
  const call = {
    id: options.id ?? `call_${name}`,
    name,
    arguments: typeof args === "string" ? args : JSON.stringify(args),
  };
  return {
    text: null,
    toolCalls: [call],
    finishReason: "tool_calls",
    ...(options.usage === undefined ? {} : { usage: options.usage }),
    raw: options.raw ?? { toolCalls: [call] },
  };
}
