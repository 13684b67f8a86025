import type { StrictDialect } from "./strict-dialect.js";
import { unsupportedKeywords } from "./unsupported-keywords.js";

/** A closed dialect, shaped like Cerebras': a keyword allow-list, no type arrays, no recursion. */
export const closedDialect: StrictDialect = {
  provider: "closed",
  label: "Closed strict mode",
  docs: "https://closed.test/docs",
  hint: "Mode.JSON accepts any schema.",
  objectRoot: true,
  typeArrays: "anyOf",
  recursion: false,
  keywords: {
    kept: new Set(["enum", "const", "minimum", "maximum", "description", "title", "default"]),
    described: ["format", "pattern", "minLength", "maxLength", "minItems", "maxItems"],
    dropped: new Set(["examples", "deprecated"]),
    rejected: new Map([
      ...unsupportedKeywords("allOf", "not"),
      ["propertyNames", "records are not supported"],
    ]),
  },
  // The size limits' own tests set the one each checks.
  limits: { depth: { max: 3, counts: "objects-and-arrays" } },
};

/**
 * An open dialect, shaped like OpenAI's: the closed one with type arrays, recursion, any other
 * keyword kept and only object levels counted.
 */
export const openDialect: StrictDialect = {
  ...closedDialect,
  provider: "open",
  label: "Open strict mode",
  typeArrays: "keep",
  recursion: true,
  keywords: {
    kept: "all",
    rejected: new Map([
      ...unsupportedKeywords("allOf"),
      ["prefixItems", "tuples (`prefixItems`) are not supported"],
      ["propertyNames", "records are not supported"],
    ]),
  },
  limits: { depth: { max: 3, counts: "objects" } },
};
