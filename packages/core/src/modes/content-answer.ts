import type { AnswerError } from "../errors/answer-error.js";
import { JsonParseError } from "../errors/json-parse-error.js";
import type { AdapterResponse, AdapterSchema } from "../types/adapter.js";
import type { Message } from "../types/message.js";
import { assistantTurn } from "./assistant-turn.js";
import type { ModeHandler } from "./mode-handler.js";
import { reaskText } from "./reask-text.js";

/** The message content as the answer (JSON and JSON_SCHEMA modes). */
export function contentText(response: AdapterResponse): string {
  if (response.text === null || response.text.trim() === "") {
    throw new JsonParseError("The model's answer is empty: expected a JSON value.", {
      rawText: response.text ?? "",
    });
  }
  return response.text;
}

/**
 * The re-ask of the content modes: the model's answer, then a user message with the errors and
 * `fix` (what to write instead).
 */
export function contentReask(fix: (schema: AdapterSchema) => string): ModeHandler["reaskMessages"] {
  return (response: AdapterResponse, error: AnswerError, schema: AdapterSchema): Message[] => [
    assistantTurn(response, false),
    { role: "user", content: reaskText(error, fix(schema)) },
  ];
}
