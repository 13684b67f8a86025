import type { JsonSchema } from "../../types/json-schema.js";

/** Keywords that only constrain values of one JSON type. */
const keywordsByType: Readonly<Record<string, readonly string[]>> = {
  string: ["minLength", "maxLength", "pattern", "format"],
  number: ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"],
  integer: ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"],
  array: ["items", "prefixItems", "minItems", "maxItems"],
  object: ["properties", "required", "additionalProperties", "propertyNames", "patternProperties"],
};

const typed = new Set(Object.values(keywordsByType).flat());

/**
 * Rewrites the `type: [...]` shorthand (which some strict dialects reject) into `anyOf`, one branch per
 * type. Type-specific keywords go to their branch; `enum`/`const` values are split by type;
 * annotations and any other keyword stay on the wrapper (where the dialect then judges them).
 */
export function splitTypeArray(node: JsonSchema, types: readonly unknown[]): JsonSchema {
  const wrapper: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (key !== "type" && key !== "enum" && key !== "const" && !typed.has(key)) {
      wrapper[key] = value;
    }
  }
  wrapper.anyOf = types.map((type) => branchFor(node, type));
  return wrapper;
}

function branchFor(node: JsonSchema, type: unknown): JsonSchema {
  const branch: JsonSchema = { type };
  for (const key of typeof type === "string" ? (keywordsByType[type] ?? []) : []) {
    if (key in node) branch[key] = node[key];
  }
  if (Array.isArray(node.enum)) branch.enum = node.enum.filter((v) => valueHasType(v, type));
  if ("const" in node && valueHasType(node.const, type)) branch.const = node.const;
  return branch;
}

function valueHasType(value: unknown, type: unknown): boolean {
  if (value === null) return type === "null";
  if (Array.isArray(value)) return type === "array";
  if (type === "integer") return Number.isInteger(value);
  return typeof value === type;
}
