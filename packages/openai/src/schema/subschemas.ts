import type { JsonSchema } from "@instr/core";

/** Keywords whose value is one subschema. */
const singleKeys = ["items", "additionalProperties", "not", "if", "then", "else", "contains"];
/** Keywords whose value is a list of subschemas. */
const listKeys = ["anyOf", "oneOf", "allOf", "prefixItems"];
/** Keywords whose value is a map from names to subschemas. */
const mapKeys = ["properties", "$defs", "definitions", "patternProperties", "dependentSchemas"];

/** True for a JSON object (a schema node), false for arrays, booleans and primitives. */
export function isSchemaNode(value: unknown): value is JsonSchema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Returns a copy of `node` whose direct subschemas are replaced by `map(subschema, pointer)`.
 * `pointer` is the JSON Pointer suffix of the subschema relative to `node`, e.g. `/properties/a`.
 */
export function mapSubschemas(
  node: JsonSchema,
  map: (subschema: JsonSchema, pointer: string) => JsonSchema,
): JsonSchema {
  const copy: JsonSchema = { ...node };
  for (const key of singleKeys) {
    const value = node[key];
    if (isSchemaNode(value)) copy[key] = map(value, `/${key}`);
  }
  for (const key of listKeys) {
    const value = node[key];
    if (Array.isArray(value)) {
      copy[key] = value.map((item, index) =>
        isSchemaNode(item) ? map(item, `/${key}/${index}`) : item,
      );
    }
  }
  for (const key of mapKeys) {
    const value = node[key];
    if (isSchemaNode(value)) {
      copy[key] = Object.fromEntries(
        Object.entries(value).map(([name, item]) => [
          name,
          isSchemaNode(item) ? map(item, `/${key}/${escapePointer(name)}`) : item,
        ]),
      );
    }
  }
  return copy;
}

/** Where {@link walkSchema} is: the node's JSON Pointer and how many objects enclose it. */
export interface SchemaLocation {
  pointer: string;
  /** Object schemas on the path from the root to this node, the node itself included. */
  objectDepth: number;
}

/** Calls `visit` on `node` and on every subschema below it, depth first. */
export function walkSchema(
  node: JsonSchema,
  visit: (node: JsonSchema, location: SchemaLocation) => void,
  parent: SchemaLocation = { pointer: "#", objectDepth: 0 },
): void {
  const location = {
    pointer: parent.pointer,
    objectDepth: parent.objectDepth + (isObjectSchema(node) ? 1 : 0),
  };
  visit(node, location);
  mapSubschemas(node, (subschema, suffix) => {
    walkSchema(subschema, visit, { ...location, pointer: location.pointer + suffix });
    return subschema;
  });
}

/** True for a schema that describes a JSON object. */
export function isObjectSchema(node: JsonSchema): boolean {
  return node.type === "object" || isSchemaNode(node.properties);
}

function escapePointer(name: string): string {
  return name.replaceAll("~", "~0").replaceAll("/", "~1");
}
