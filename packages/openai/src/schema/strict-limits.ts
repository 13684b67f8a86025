/**
 * OpenAI's documented limits for Structured Outputs: "Supported schemas" in the Structured
 * Outputs guide (https://platform.openai.com/docs/guides/structured-outputs#supported-schemas),
 * as profiled at https://jsonschemaprofiles.unitvectorylabs.com/schemas/openai (February 2026
 * baseline): root must be an object, every object closed with all properties required, optional
 * written as a union with null; 5,000 properties, 10 levels of nesting, 1,000 enum values,
 * 120,000 characters of names and enum/const values, 15,000 for one enum over 250 values.
 */
export const strictLimits = {
  /** Object properties across the whole schema. */
  maxProperties: 5000,
  /** Levels of nested objects. */
  maxObjectDepth: 10,
  /** Enum values across the whole schema. */
  maxEnumValues: 1000,
  /** Characters of all property names, definition names, enum and const values together. */
  maxStringLength: 120_000,
  /** A single string enum with more values than this ... */
  largeEnumValues: 250,
  /** ... may have at most this many characters in its values together. */
  maxLargeEnumLength: 15_000,
} as const;

/**
 * Keywords OpenAI's strict mode rejects. The composition keywords are listed as unsupported by
 * OpenAI; `patternProperties`, `propertyNames` (records) and `prefixItems` (tuples) cannot be
 * expressed when every object is closed and every array is homogeneous.
 */
export const unsupportedKeywords: ReadonlySet<string> = new Set([
  "allOf",
  "not",
  "if",
  "then",
  "else",
  "dependentRequired",
  "dependentSchemas",
  "patternProperties",
  "propertyNames",
  "unevaluatedProperties",
  "unevaluatedItems",
  "prefixItems",
  "contains",
  "minContains",
  "maxContains",
]);
