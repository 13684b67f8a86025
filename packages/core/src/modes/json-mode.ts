import { Mode } from "../types/mode.js";
import { contentReask, contentText } from "./content-answer.js";
import type { ModeHandler } from "./mode-handler.js";
import { schemaPrompt } from "./schema-prompt.js";

/** JSON: the provider's JSON-object format; the schema goes in the system message. */
export const jsonMode: ModeHandler = {
  mode: Mode.JSON,
  instruction: (schema) =>
    `Answer with a single JSON value that matches this JSON Schema, and nothing else.\n\n${schemaPrompt(schema)}`,
  extractText: contentText,
  reaskMessages: contentReask(
    (schema) => `Answer again with only the corrected JSON value for the "${schema.name}" schema.`,
  ),
};
