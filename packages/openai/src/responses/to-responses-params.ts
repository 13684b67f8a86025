import {
  type AdapterRequest,
  imageUrlOf,
  isStrictJsonSchema,
  type Message,
  Mode,
  providerOptionsFor,
  systemText,
  type UserContentPart,
  urlOf,
} from "@instr/core/adapter";
import type {
  ResponseCreateParamsNonStreaming,
  ResponseInputContent,
  ResponseInputItem,
} from "openai/resources/responses/responses";
import { openaiStrictDialect } from "../openai-strict-dialect.js";

/**
 * The Responses API body for `request`: TOOLS a forced function tool (strict when the schema fits
 * the dialect), JSON_SCHEMA `text.format` json_schema (strict), JSON `text.format` json_object,
 * MD_JSON nothing. Reasoning items of an earlier answer go back as they came (id and encrypted
 * content from `providerMetadata.openai`), as the API requires on a re-ask.
 */
export function toResponsesParams(
  request: AdapterRequest,
  provider: string,
): ResponseCreateParamsNonStreaming {
  const { schema } = request;
  return {
    ...providerOptionsFor(request.providerOptions, provider),
    model: request.model,
    input: request.messages.flatMap(toInputItems),
    ...(request.mode === Mode.TOOLS
      ? {
          tools: [
            {
              type: "function",
              name: schema.name,
              ...(schema.description === undefined ? {} : { description: schema.description }),
              parameters: schema.jsonSchema,
              strict: isStrictJsonSchema(schema.jsonSchema, openaiStrictDialect),
            },
          ],
          tool_choice: { type: "function", name: schema.name },
        }
      : {}),
    ...(request.mode === Mode.JSON_SCHEMA
      ? {
          text: {
            format: {
              type: "json_schema",
              name: schema.name,
              schema: schema.jsonSchema,
              strict: true,
              ...(schema.description === undefined ? {} : { description: schema.description }),
            },
          },
        }
      : {}),
    ...(request.mode === Mode.JSON ? { text: { format: { type: "json_object" } } } : {}),
    ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
    ...(request.maxTokens === undefined ? {} : { max_output_tokens: request.maxTokens }),
  };
}

function toInputItems(message: Message): ResponseInputItem[] {
  switch (message.role) {
    case "system":
      return [
        {
          role: "system",
          content: systemText(message.content),
        },
      ];
    case "user":
      return [
        {
          role: "user",
          content:
            typeof message.content === "string"
              ? message.content
              : message.content.map(toInputContent),
        },
      ];
    case "tool":
      return [
        { type: "function_call_output", call_id: message.toolCallId, output: message.content },
      ];
    case "assistant":
      return [
        ...(message.reasoning ?? []).flatMap((part): ResponseInputItem[] => {
          const meta = part.providerMetadata?.openai;
          if (typeof meta?.itemId !== "string") return [];
          return [
            {
              type: "reasoning",
              id: meta.itemId,
              summary: [{ type: "summary_text", text: part.text }],
              ...(typeof meta.encryptedContent === "string"
                ? { encrypted_content: meta.encryptedContent }
                : {}),
            },
          ];
        }),
        ...(message.content ? [{ role: "assistant" as const, content: message.content }] : []),
        ...(message.toolCalls ?? []).map(
          (call): ResponseInputItem => ({
            type: "function_call",
            call_id: call.id,
            name: call.name,
            arguments: call.arguments,
          }),
        ),
      ];
  }
}

function toInputContent(part: UserContentPart): ResponseInputContent {
  switch (part.type) {
    case "text":
      return { type: "input_text", text: part.text };
    case "image":
      return {
        type: "input_image",
        detail: "auto",
        image_url: imageUrlOf(part),
      };
    case "file":
      return {
        type: "input_file",
        file_data: urlOf(part.data, part.mediaType),
        ...(part.filename === undefined ? {} : { filename: part.filename }),
      };
  }
}
