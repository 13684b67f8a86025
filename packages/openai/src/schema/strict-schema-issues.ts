import type { JsonSchema } from "@instr/core";
import { strictLimits, unsupportedKeywords } from "./strict-limits.js";
import { isObjectSchema, isSchemaNode, walkSchema } from "./subschemas.js";

/**
 * Every reason OpenAI's strict mode would reject `schema`, one readable line each with the JSON
 * Pointer of the offending node; empty when the schema fits the dialect.
 */
export function strictSchemaIssues(schema: JsonSchema): string[] {
  const issues: string[] = [];
  if (!isObjectSchema(schema)) {
    issues.push('#: the root must be an object schema (`"type": "object"`), not a union or scalar');
  }
  let properties = 0;
  let enumValues = 0;
  let stringLength = 0;
  let deepest = 0;
  walkSchema(schema, (node, { pointer, objectDepth }) => {
    deepest = Math.max(deepest, objectDepth);
    for (const key of Object.keys(node)) {
      if (unsupportedKeywords.has(key))
        issues.push(`${pointer}: keyword "${key}" is not supported`);
    }
    for (const key of ["$defs", "definitions"]) {
      if (isSchemaNode(node[key])) stringLength += textLength(Object.keys(node[key]));
    }
    if (node.const !== undefined) stringLength += textLength([node.const]);
    if (Array.isArray(node.enum)) {
      enumValues += node.enum.length;
      const length = textLength(node.enum);
      stringLength += length;
      if (
        node.enum.length > strictLimits.largeEnumValues &&
        length > strictLimits.maxLargeEnumLength
      ) {
        issues.push(
          `${pointer}: an enum of more than ${strictLimits.largeEnumValues} values may have at most ${strictLimits.maxLargeEnumLength} characters in total (has ${length})`,
        );
      }
    }
    if (!isObjectSchema(node)) return;
    const names = isSchemaNode(node.properties) ? Object.keys(node.properties) : [];
    properties += names.length;
    stringLength += textLength(names);
    if (node.additionalProperties !== false) {
      issues.push(
        `${pointer}: objects must set "additionalProperties": false (records and open objects are not supported)`,
      );
    }
    const required = new Set(Array.isArray(node.required) ? node.required : []);
    const optional = names.filter((name) => !required.has(name));
    if (optional.length > 0) {
      issues.push(`${pointer}: every property must be required (optional: ${optional.join(", ")})`);
    }
  });
  const limits: Array<[number, number, string]> = [
    [properties, strictLimits.maxProperties, "object properties"],
    [deepest, strictLimits.maxObjectDepth, "levels of object nesting"],
    [enumValues, strictLimits.maxEnumValues, "enum values"],
    [stringLength, strictLimits.maxStringLength, "characters in names, enum and const values"],
  ];
  for (const [count, limit, what] of limits) {
    if (count > limit) issues.push(`#: at most ${limit} ${what} are allowed (has ${count})`);
  }
  return issues;
}

/** Characters of the string values in `values`; other values count as their JSON text. */
function textLength(values: readonly unknown[]): number {
  return values.reduce<number>(
    (sum, value) => sum + (typeof value === "string" ? value.length : JSON.stringify(value).length),
    0,
  );
}
