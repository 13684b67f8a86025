import { type StrictKeywords, unsupportedKeywords } from "@instr/core/adapter";

/**
 * The JSON Schema keywords of Cerebras strict mode, sorted by what the dialect does with them.
 * Source (as documented in October 2026): https://inference-docs.cerebras.ai/capabilities/structured-outputs
 * ("Supported schemas", "Unsupported features"). The structural keywords (`properties`,
 * `required`, `additionalProperties`, `items`, `prefixItems`, `anyOf`, `oneOf`, `$ref`, `$defs`)
 * are rewritten by core's strict toolkit.
 */

const conditional = "conditional schemas (`if`/`then`/`else`) are not supported";

export const cerebrasKeywords: StrictKeywords = {
  /** Accepted and passed through unchanged (annotations are not enforced, but accepted). */
  kept: new Set([
    "enum",
    "const",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "description",
    "title",
    "default",
    "$schema",
  ]),
  /**
   * Validation-only constraints strict mode rejects ("String `pattern`", "String `format`",
   * "Array constraints `minItems`, `maxItems`"; `minLength`/`maxLength` are model-dependent and
   * rejected in qwen-3.8-27b tool schemas). They are left off the wire and named in the node's
   * description instead; the zod schema still enforces them after generation (and a violation is
   * re-asked like any validation error).
   */
  described: ["format", "pattern", "minLength", "maxLength", "minItems", "maxItems"],
  /** Pure annotations strict mode does not list; dropped because they constrain nothing. */
  dropped: new Set(["examples", "deprecated", "readOnly", "writeOnly", "$comment"]),
  /** Documented as unsupported, with the message to show; any other unknown keyword is too. */
  rejected: new Map([
    ["allOf", "`allOf` is not supported (intersections must merge into one z.object)"],
    ["if", conditional],
    ["then", conditional],
    ["else", conditional],
    ...unsupportedKeywords(
      "not",
      "dependentRequired",
      "dependentSchemas",
      "patternProperties",
      "unevaluatedProperties",
      "$anchor",
    ),
    [
      "propertyNames",
      "records (z.record, `propertyNames`) are not supported: objects must list their properties",
    ],
    ["definitions", "`definitions` is not supported; use `$defs` (JSON Schema draft 2020-12)"],
    ["nullable", "OpenAPI `nullable` is not supported; use a union with null"],
  ]),
};
