import { Mode } from "../types/mode.js";
import { contentReask, contentText } from "./content-answer.js";
import type { ModeHandler } from "./mode-handler.js";

/**
 * JSON_SCHEMA: the provider enforces the schema natively, so the instruction stays minimal and
 * does not repeat the schema (it would only cost prompt tokens).
 */
export const jsonSchemaMode: ModeHandler = {
  mode: Mode.JSON_SCHEMA,
  instruction: (schema) => `Answer with JSON that follows the "${schema.name}" schema.`,
  extractText: contentText,
  reaskMessages: contentReask(
    (schema) => `Answer again with only the corrected JSON value for the "${schema.name}" schema.`,
  ),
};
