import type { StrictDialect } from "./strict-dialect.js";

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
      ["allOf", "`allOf` is not supported"],
      ["not", "`not` is not supported"],
      ["propertyNames", "records are not supported"],
    ]),
  },
  limits: {
    depth: { max: 3, counts: "objects-and-arrays" },
    properties: 10,
    enumValues: 6,
    countedCharacters: 60,
    largeEnum: { values: 3, characters: 8 },
  },
};

/** An open dialect, shaped like OpenAI's: any other keyword kept, type arrays, recursion. */
export const openDialect: StrictDialect = {
  provider: "open",
  label: "Open strict mode",
  objectRoot: true,
  typeArrays: "keep",
  recursion: true,
  keywords: {
    kept: "all",
    rejected: new Map([
      ["allOf", "`allOf` is not supported"],
      ["prefixItems", "tuples (`prefixItems`) are not supported"],
      ["propertyNames", "records are not supported"],
    ]),
  },
  limits: { depth: { max: 3, counts: "objects" } },
};
