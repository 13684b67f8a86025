import { exampleFromSchema } from "./example-from-schema.js";
import { isRecord } from "./request-fields.js";
import type { RecordedRequest, Reply } from "./types.js";

/** The text answer when the request asks for no structure. */
export const SCRIPTED_TEXT = "This is a scripted reply from @instr/mock-server, not a model.";

/**
 * A {@link ReplyHandler} that answers in whatever shape the request asks for, with values made up
 * from its schema: a call of the forced (or first) tool, a `json_schema` answer, `{}` for
 * `json_object`, and plain text otherwise. Used by the standalone server; handy for demos.
 */
export function schemaAwareReply(request: RecordedRequest): Reply {
  const body = isRecord(request.body) ? request.body : {};
  const tool = chosenTool(body);
  if (tool !== undefined) {
    return {
      type: "message",
      toolCalls: [
        { name: tool.name, arguments: JSON.stringify(exampleFromSchema(tool.parameters)) },
      ],
    };
  }
  const format = isRecord(body.response_format) ? body.response_format : {};
  if (format.type === "json_schema" && isRecord(format.json_schema)) {
    return {
      type: "message",
      content: JSON.stringify(exampleFromSchema(format.json_schema.schema)),
    };
  }
  if (format.type === "json_object") return { type: "message", content: "{}" };
  return { type: "message", content: SCRIPTED_TEXT };
}

function chosenTool(
  body: Record<string, unknown>,
): { name: string; parameters: unknown } | undefined {
  if (!Array.isArray(body.tools) || body.tool_choice === "none") return undefined;
  const functions = body.tools
    .map((tool) => (isRecord(tool) && isRecord(tool.function) ? tool.function : undefined))
    .filter((fn) => fn !== undefined && typeof fn.name === "string");
  const forced =
    isRecord(body.tool_choice) && isRecord(body.tool_choice.function)
      ? body.tool_choice.function.name
      : undefined;
  const picked = functions.find((fn) => fn?.name === forced) ?? functions[0];
  return picked === undefined
    ? undefined
    : { name: String(picked.name), parameters: picked.parameters };
}
