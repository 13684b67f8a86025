import { type AdapterSchema, isStrictJsonSchema, Mode } from "@instr/core";
import type { ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import { openaiStrictDialect } from "../schema/openai-strict-dialect.js";

/** The part of the request body that asks for structured output in one mode. */
export type ModeParams = Pick<
  ChatCompletionCreateParamsNonStreaming,
  "tools" | "tool_choice" | "response_format"
>;

/**
 * Maps `mode` to OpenAI's wire format. `schema.jsonSchema` has already been through the
 * adapter's `transformSchema`; a TOOLS function is sent with `strict: true` only when the schema
 * fits the strict dialect, since a non-strict schema would be rejected with it.
 */
export function modeParams(mode: Mode, schema: AdapterSchema, strictTools: boolean): ModeParams {
  switch (mode) {
    case Mode.TOOLS:
      return {
        tools: [
          {
            type: "function",
            function: {
              name: schema.name,
              ...(schema.description === undefined ? {} : { description: schema.description }),
              parameters: schema.jsonSchema,
              ...(strictTools && isStrictJsonSchema(schema.jsonSchema, openaiStrictDialect)
                ? { strict: true }
                : {}),
            },
          },
        ],
        tool_choice: { type: "function", function: { name: schema.name } },
      };
    case Mode.JSON:
      return { response_format: { type: "json_object" } };
    case Mode.JSON_SCHEMA:
      return {
        response_format: {
          type: "json_schema",
          json_schema: {
            name: schema.name,
            ...(schema.description === undefined ? {} : { description: schema.description }),
            schema: schema.jsonSchema,
            strict: true,
          },
        },
      };
    case Mode.MD_JSON:
      return {};
  }
}
