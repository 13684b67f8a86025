import type { AdapterResponse } from "../types/adapter.js";
import { Mode } from "../types/mode.js";
import { contentReask } from "./content-answer.js";
import { extractFencedJson } from "./fenced-json.js";
import type { ModeHandler } from "./mode-handler.js";
import { schemaPrompt } from "./schema-prompt.js";

/** MD_JSON: no provider support needed; the schema is in the prompt, the answer in a fence. */
export const mdJsonMode: ModeHandler = {
  mode: Mode.MD_JSON,
  instruction: (schema) =>
    `Answer with a single JSON value that matches this JSON Schema, inside a \`\`\`json fenced code block.\n\n${schemaPrompt(schema)}`,
  extractText: (response: AdapterResponse) => extractFencedJson(response.text ?? ""),
  reaskMessages: contentReask(
    (schema) =>
      `Answer again with the corrected JSON value for the "${schema.name}" schema in a \`\`\`json fenced code block.`,
  ),
};
