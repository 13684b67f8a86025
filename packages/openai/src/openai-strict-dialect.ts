import { type StrictDialect, unsupportedKeywords } from "@instr/core/adapter";

/**
 * OpenAI's strict dialect for Structured Outputs, for core's `toStrictJsonSchema`: "Supported
 * schemas" in the Structured Outputs guide
 * (https://platform.openai.com/docs/guides/structured-outputs#supported-schemas), as profiled at
 * https://jsonschemaprofiles.unitvectorylabs.com/schemas/openai (February 2026 baseline): root
 * must be an object, every object closed with all properties required, optional written as a
 * union with null; 5,000 properties, 10 levels of nesting, 1,000 enum values, 120,000 characters
 * of names and enum/const values, 15,000 for one enum over 250 values. Type arrays
 * (`["string", "null"]`) and recursion are supported. The composition keywords are listed as
 * unsupported; `patternProperties`, `propertyNames` (records) and `prefixItems` (tuples) cannot
 * be expressed when every object is closed and every array is homogeneous.
 */
export const openaiStrictDialect: StrictDialect = {
  provider: "openai",
  label: "openai strict structured outputs",
  docs: "https://platform.openai.com/docs/guides/structured-outputs#supported-schemas",
  hint: "Use Mode.TOOLS or Mode.JSON for it, or simplify the schema.",
  objectRoot: true,
  typeArrays: "keep",
  recursion: true,
  keywords: {
    kept: "all",
    rejected: new Map([
      ...unsupportedKeywords(
        "allOf",
        "not",
        "if",
        "then",
        "else",
        "dependentRequired",
        "dependentSchemas",
        "patternProperties",
        "unevaluatedProperties",
        "unevaluatedItems",
        "contains",
        "minContains",
        "maxContains",
      ),
      ["propertyNames", "records (z.record, `propertyNames`) are not supported"],
      ["prefixItems", "tuples (z.tuple, `prefixItems`) are not supported"],
    ]),
  },
  limits: {
    depth: { max: 10, counts: "objects" },
    properties: 5000,
    enumValues: 1000,
    countedCharacters: 120_000,
    largeEnum: { values: 250, characters: 15_000 },
  },
};

/** The dialect as it names an OpenAI-compatible endpoint in errors (`provider` option). */
export function strictDialectFor(provider: string): StrictDialect {
  return provider === openaiStrictDialect.provider
    ? openaiStrictDialect
    : { ...openaiStrictDialect, provider, label: `${provider} strict structured outputs` };
}
