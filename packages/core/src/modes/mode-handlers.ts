import type { Mode } from "../types/mode.js";
import { jsonMode } from "./json-mode.js";
import { jsonSchemaMode } from "./json-schema-mode.js";
import { mdJsonMode } from "./md-json-mode.js";
import type { ModeHandler } from "./mode-handler.js";
import { toolsMode } from "./tools-mode.js";

/** The handler of every mode, by mode value. */
export const modeHandlers: Readonly<Record<Mode, ModeHandler>> = {
  tools: toolsMode,
  json: jsonMode,
  json_schema: jsonSchemaMode,
  md_json: mdJsonMode,
};
