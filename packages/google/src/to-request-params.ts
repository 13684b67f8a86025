import {
  FunctionCallingConfigMode,
  type GenerateContentConfig,
  type GenerateContentParameters,
} from "@google/genai";
import { type AdapterRequest, type AdapterSchema, Mode } from "@instr/core/adapter";
import type { GoogleModelCapabilities } from "./model-capabilities.js";
import { thinkingConfigFor } from "./thinking-config.js";
import { toContents } from "./to-contents.js";

const JSON_MIME_TYPE = "application/json";

/**
 * The `generateContent` parameters for `request` (without its signal and fetch). JSON_SCHEMA
 * asks for `application/json` constrained by the schema (`responseJsonSchema`, titled with the
 * schema's name and described with its description, which Gemini reads); JSON asks for
 * `application/json` alone (core's instructions carry the schema); TOOLS declares one function
 * whose parameters are the schema and forces it (function calling mode ANY, only that name);
 * MD_JSON sends nothing. Temperature, `maxTokens` (as `maxOutputTokens`) and the thinking
 * config (see `thinkingConfigFor`) go in the config too.
 */
export function toRequestParams(
  request: AdapterRequest,
  capabilities: GoogleModelCapabilities,
  includeThoughts: boolean,
): GenerateContentParameters {
  const { contents, systemInstruction } = toContents(request.messages, request.schema.name);
  const thinkingConfig = thinkingConfigFor(capabilities, request.reasoningEffort, includeThoughts);
  const config: GenerateContentConfig = {
    ...(systemInstruction === undefined ? {} : { systemInstruction }),
    ...modeConfig(request.mode, request.schema),
    ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
    ...(request.maxTokens === undefined ? {} : { maxOutputTokens: request.maxTokens }),
    ...(thinkingConfig === undefined ? {} : { thinkingConfig }),
  };
  return { model: request.model, contents, config };
}

function modeConfig(mode: Mode, schema: AdapterSchema): GenerateContentConfig {
  const { name, description, jsonSchema } = schema;
  switch (mode) {
    case Mode.JSON_SCHEMA:
      return {
        responseMimeType: JSON_MIME_TYPE,
        responseJsonSchema: {
          title: name,
          ...(description === undefined ? {} : { description }),
          ...jsonSchema,
        },
      };
    case Mode.JSON:
      return { responseMimeType: JSON_MIME_TYPE };
    case Mode.TOOLS:
      return {
        tools: [
          {
            functionDeclarations: [
              {
                name,
                ...(description === undefined ? {} : { description }),
                parametersJsonSchema: jsonSchema,
              },
            ],
          },
        ],
        toolConfig: {
          functionCallingConfig: {
            mode: FunctionCallingConfigMode.ANY,
            allowedFunctionNames: [name],
          },
        },
      };
    case Mode.MD_JSON:
      return {};
  }
}
