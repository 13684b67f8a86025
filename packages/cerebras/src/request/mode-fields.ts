import { type AdapterRequest, Mode, UnsupportedModeError } from "@instr/core";
import type { CerebrasModelCapabilities } from "../models/capabilities.js";
import type { WireMessage, WireParams } from "./wire-types.js";

/** The request fields one mode adds, plus the messages (TOOLS may add an instruction). */
export type ModeFields = Pick<WireParams, "tools" | "tool_choice" | "response_format"> & {
  messages: WireMessage[];
};

/**
 * Maps `mode` and `schema` to the wire. TOOLS: one function tool, forced when the model allows it,
 * else `auto` plus a system instruction to call it; JSON: `json_object`; JSON_SCHEMA: strict
 * `json_schema`; MD_JSON: nothing (the instructions are already in the messages).
 */
export function modeFields(
  request: AdapterRequest,
  messages: WireMessage[],
  capabilities: CerebrasModelCapabilities,
): ModeFields {
  const { name, description, jsonSchema } = request.schema;
  switch (request.mode) {
    case Mode.TOOLS:
      return {
        messages: capabilities.forcedToolChoice ? messages : withToolInstruction(messages, name),
        tools: [
          {
            type: "function",
            function: {
              name,
              ...(description === undefined ? {} : { description }),
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
      return { messages, response_format: { type: "json_object" } };
    case Mode.JSON_SCHEMA:
      return {
        messages,
        response_format: {
          type: "json_schema",
          json_schema: {
            name,
            ...(description === undefined ? {} : { description }),
            schema: jsonSchema,
            strict: true,
          },
        },
      };
    case Mode.MD_JSON:
      return { messages };
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

/** What a model that cannot be forced to call the tool is told instead. */
export function toolInstruction(name: string): string {
  return `Answer by calling the function \`${name}\` exactly once, with arguments that match its parameters schema. Do not answer in plain text.`;
}

function withToolInstruction(messages: WireMessage[], name: string): WireMessage[] {
  const [first, ...rest] = messages;
  const instruction = toolInstruction(name);
  if (first?.role === "system" && typeof first.content === "string") {
    return [{ role: "system", content: `${first.content}\n\n${instruction}` }, ...rest];
  }
  return [{ role: "system", content: instruction }, ...messages];
}
