import type { LanguageModelV3CallOptions } from "@ai-sdk/provider";
import { type AdapterRequest, Mode } from "@instr/core/adapter";
import { providerOptionsForModel } from "./provider-options-for-model.js";
import { toPrompt } from "./to-prompt.js";

/**
 * The spec's call options for one request. JSON_SCHEMA asks for the provider's JSON output with
 * the schema; TOOLS forces one function tool; JSON and MD_JSON rely on the instructions core has
 * written into the messages. The caller's `providerOptions[provider]` go to the model under its
 * own namespace (see {@link providerOptionsForModel}); they are the provider package's settings,
 * while the mode travels in the call options they cannot replace.
 */
export function toCallOptions(
  request: AdapterRequest,
  provider: string,
  namespace: string,
): LanguageModelV3CallOptions {
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
  const providerOptions = providerOptionsForModel(request, provider, namespace);
  return {
    prompt: toPrompt(request.messages),
    ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
    ...(request.maxTokens === undefined ? {} : { maxOutputTokens: request.maxTokens }),
    ...(request.signal === undefined ? {} : { abortSignal: request.signal }),
    ...(providerOptions === undefined ? {} : { providerOptions }),
    ...modeFields,
  };
}
