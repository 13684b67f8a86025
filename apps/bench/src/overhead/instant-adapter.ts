import { Mode } from "@instr/core";
import type { AdapterResponse, ProviderAdapter } from "@instr/core/adapter";

/** The tool name instr gives a response model without an id or title. */
const TOOL_NAME = "Response";
const USAGE = { promptTokens: 40, completionTokens: 10, totalTokens: 50 };

/**
 * An adapter that answers every call at once with `answer` (JSON text) as `mode` expects it (a
 * tool call, a fenced block or plain content): no network and no work of its own, so a loop of
 * calls over it times instr's own work per call. It has no `stream` (the loop never streams).
 */
export function instantAdapter(mode: Mode, answer: string): ProviderAdapter {
  const response: AdapterResponse =
    mode === Mode.TOOLS
      ? {
          text: null,
          toolCalls: [{ id: "call_0", name: TOOL_NAME, arguments: answer }],
          finishReason: "tool_calls",
          usage: USAGE,
          raw: null,
        }
      : {
          text: mode === Mode.MD_JSON ? `\`\`\`json\n${answer}\n\`\`\`` : answer,
          toolCalls: [],
          finishReason: "stop",
          usage: USAGE,
          raw: null,
        };
  return {
    specificationVersion: "v2",
    provider: "instant",
    defaultMode: mode,
    supportedModes: [mode],
    inputKinds: () => ["text"],
    complete: async () => response,
    stream: () => {
      throw new Error("instantAdapter does not stream");
    },
  };
}
