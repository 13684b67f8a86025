import { type AdapterRequest, Mode, UnsupportedModeError } from "@instr/core";
import type { CerebrasModelCapabilities } from "../models/capabilities.js";
import type { WireParams } from "./wire-types.js";

/** The request fields one mode adds. */
export type ModeFields = Pick<WireParams, "tools" | "tool_choice" | "response_format">;

/**
 * Maps `mode` and `schema` to the wire. TOOLS: one function tool, forced when the model allows it,
 * else `auto` (core's messages already tell the model to call it); JSON: `json_object`;
 * JSON_SCHEMA: strict `json_schema`; MD_JSON: nothing (the instructions are in the messages).
 */
export function modeFields(
  request: AdapterRequest,
  capabilities: CerebrasModelCapabilities,
): ModeFields {
  const { name, description, jsonSchema } = request.schema;
  const described = description === undefined ? {} : { description };
  switch (request.mode) {
    case Mode.TOOLS:
      return {
        tools: [
          {
            type: "function",
            function: {
              name,
              ...described,
              parameters: jsonSchema,
              ...(capabilities.strictTools ? { strict: true } : {}),
            },
          },
        ],
        tool_choice: capabilities.forcedToolChoice
          ? { type: "function", function: { name } }
          : "auto",
      };
    case Mode.JSON:
      return { response_format: { type: "json_object" } };
    case Mode.JSON_SCHEMA:
      return {
        response_format: {
          type: "json_schema",
          json_schema: { name, ...described, schema: jsonSchema, strict: true },
        },
      };
    case Mode.MD_JSON:
      return {};
    default:
      return unsupported(request.mode);
  }
}

function unsupported(mode: never): never {
  throw new UnsupportedModeError(`Cerebras has no mode "${String(mode)}".`, {
    mode,
    provider: "cerebras",
    supportedModes: Object.values(Mode),
  });
}
