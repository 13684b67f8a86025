import { JsonParseError } from "../errors/json-parse-error.js";
import type { AdapterResponse, AdapterSchema } from "../types/adapter.js";
import type { Message } from "../types/message.js";
import { Mode } from "../types/mode.js";
import { assistantTurn } from "./assistant-turn.js";
import type { ModeHandler } from "./mode-handler.js";
import { reaskText } from "./reask-text.js";

/**
 * TOOLS: the adapter offers one function tool named `schema.name` whose parameters are the
 * schema; the answer is the arguments of exactly one call to it. No call, a call to another tool
 * or several calls are a `JsonParseError` (re-asked): guessing which call was meant would hide
 * a confused model.
 */
export const toolsMode: ModeHandler = {
  mode: Mode.TOOLS,
  instruction: (schema) =>
    `Answer by calling the "${schema.name}" tool exactly once, with your answer as its arguments.`,
  extractText: toolArguments,
  reaskMessages: (response, error, schema) => {
    const fix = `Call the "${schema.name}" tool again, once, with corrected arguments.`;
    const assistant = assistantTurn(response, true);
    if (response.toolCalls.length === 0) {
      return [assistant, { role: "user", content: reaskText(error, fix) }];
    }
    // Chat APIs require a tool result for every call the assistant message carries.
    return [
      assistant,
      ...response.toolCalls.map(
        (call): Message => ({ role: "tool", toolCallId: call.id, content: reaskText(error, fix) }),
      ),
    ];
  },
};

/** Some models and OpenAI-compatible servers ignore tools; re-asking cannot fix that. */
const NO_TOOL_CALL_HINT =
  "If this model or server does not support tool calls, use Mode.JSON_SCHEMA (or Mode.JSON) instead of Mode.TOOLS: set `mode` on the client or the call.";

function toolArguments(response: AdapterResponse, schema: AdapterSchema): string {
  const calls = response.toolCalls;
  const [call] = calls;
  if (call === undefined) {
    const answered =
      response.text === null || response.text.trim() === ""
        ? ""
        : " It answered with text instead.";
    throw new JsonParseError(`The model did not call the "${schema.name}" tool.${answered}`, {
      rawText: response.text ?? "",
      hint: NO_TOOL_CALL_HINT,
    });
  }
  if (calls.length > 1) {
    const names = calls.map((c) => `"${c.name}"`).join(", ");
    throw new JsonParseError(
      `The model made ${calls.length} tool calls (${names}); expected exactly one call to "${schema.name}".`,
      { rawText: calls.map((c) => c.arguments).join("\n") },
    );
  }
  if (call.name !== schema.name) {
    throw new JsonParseError(
      `The model called the tool "${call.name}"; the only tool is "${schema.name}".`,
      { rawText: call.arguments },
    );
  }
  return call.arguments;
}
