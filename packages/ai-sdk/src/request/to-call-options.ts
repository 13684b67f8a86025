import type { LanguageModelV3CallOptions } from "@ai-sdk/provider";
import { type AdapterRequest, Mode } from "@instr/core/adapter";
import { toSharedOptions } from "../metadata/shared-metadata.js";
import { toPrompt } from "./to-prompt.js";

/**
 * The spec's call options for one request. JSON_SCHEMA asks for the provider's JSON output with
 * the schema; TOOLS forces one function tool; JSON and MD_JSON rely on the instructions core has
 * written into the messages.
 */
export function toCallOptions(request: AdapterRequest): LanguageModelV3CallOptions {
  const { schema } = request;
  const description = schema.description === undefined ? {} : { description: schema.description };
  const modeFields: Partial<LanguageModelV3CallOptions> =
    request.mode === Mode.JSON_SCHEMA
      ? {
          responseFormat: {
            type: "json",
            schema: schema.jsonSchema,
            name: schema.name,
            ...description,
          },
        }
      : request.mode === Mode.TOOLS
        ? {
            tools: [
              {
                type: "function",
                name: schema.name,
                inputSchema: schema.jsonSchema,
                ...description,
              },
            ],
            toolChoice: { type: "tool", toolName: schema.name },
          }
        : {};
  return {
    prompt: toPrompt(request.messages),
    ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
    ...(request.maxTokens === undefined ? {} : { maxOutputTokens: request.maxTokens }),
    ...(request.signal === undefined ? {} : { abortSignal: request.signal }),
    ...(request.providerOptions === undefined
      ? {}
      : { providerOptions: toSharedOptions(request.providerOptions) }),
    ...modeFields,
  };
}
