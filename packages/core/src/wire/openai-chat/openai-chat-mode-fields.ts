import type { AdapterSchema } from "../../types/adapter.js";
import { Mode } from "../../types/mode.js";
import type { OpenAIChatModeFields } from "./openai-chat-types.js";

/** How a provider takes TOOLS mode. */
export interface OpenAIChatToolOptions {
  /** Send the function with `strict: true` (only when the provider accepts this schema so). */
  strictTool: boolean;
  /** Force the call with a named `tool_choice`; otherwise `"auto"` (the messages ask for it). */
  forcedToolChoice: boolean;
}

/**
 * Maps `mode` to the OpenAI chat completions fields that ask for structured output: TOOLS, one
 * function named `schema.name` with `schema.jsonSchema` as parameters; JSON, the `json_object`
 * response format; JSON_SCHEMA, a strict `json_schema` response format; MD_JSON, nothing (core
 * has written the instructions into the messages).
 *
 * @example
 * ```ts
 * const body = {
 *   model: request.model,
 *   messages: toOpenAIChatMessages(request.messages),
 *   ...openAIChatModeFields(request.mode, request.schema, { strictTool: true, forcedToolChoice: true }),
 * };
 * ```
 */
export function openAIChatModeFields(
  mode: Mode,
  schema: AdapterSchema,
  tools: OpenAIChatToolOptions,
): OpenAIChatModeFields {
  const { name, description, jsonSchema } = schema;
  switch (mode) {
    case Mode.TOOLS:
      return {
        tools: [
          {
            type: "function",
            function: {
              name,
              ...(description === undefined ? {} : { description }),
              parameters: jsonSchema,
              ...(tools.strictTool ? { strict: true } : {}),
            },
          },
        ],
        tool_choice: tools.forcedToolChoice ? { type: "function", function: { name } } : "auto",
      };
    case Mode.JSON:
      return { response_format: { type: "json_object" } };
    case Mode.JSON_SCHEMA:
      return {
        response_format: {
          type: "json_schema",
          // Two literals, not a spread of an optional field: a spread takes V8's slow path per call.
          json_schema:
            description === undefined
              ? { name, schema: jsonSchema, strict: true }
              : { name, description, schema: jsonSchema, strict: true },
        },
      };
    case Mode.MD_JSON:
      return {};
  }
}
