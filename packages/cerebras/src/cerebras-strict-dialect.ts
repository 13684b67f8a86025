import type { StrictDialect } from "@instr/core/adapter";
import { cerebrasKeywords } from "./cerebras-strict-keywords.js";

/**
 * The Cerebras strict-mode schema dialect (JSON_SCHEMA and TOOLS), for core's
 * `toStrictJsonSchema`. Limits ("Schema constraints", as documented in October 2026 at
 * https://inference-docs.cerebras.ai/capabilities/structured-outputs): 5,000 counted characters
 * (property names, definition names, `enum`/`const` strings; descriptions excluded), nesting
 * depth 10 (objects and arrays; the root object is level 1), 500 object properties, 500 enum
 * values in total, 7,500 characters for one enum of more than 250 values; no recursive schemas;
 * no `type: [...]` arrays (written as `anyOf`).
 */
export const cerebrasStrictDialect: StrictDialect = {
  provider: "cerebras",
  label: "Cerebras strict mode",
  docs: "https://inference-docs.cerebras.ai/capabilities/structured-outputs#supported-schemas",
  hint: "Mode.JSON and Mode.MD_JSON accept any schema.",
  objectRoot: true,
  typeArrays: "anyOf",
  recursion: false,
  keywords: cerebrasKeywords,
  limits: {
    depth: { max: 10, counts: "objects-and-arrays" },
    properties: 500,
    enumValues: 500,
    countedCharacters: 5000,
    largeEnum: { values: 250, characters: 7500 },
  },
};
