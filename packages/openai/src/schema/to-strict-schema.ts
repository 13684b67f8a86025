import type { JsonSchema } from "@instr/core";
import { isObjectSchema, isSchemaNode, mapSubschemas } from "./subschemas.js";

/**
 * Rewrites a JSON Schema towards OpenAI's strict dialect, without judging whether the result is
 * acceptable (see `strictSchemaIssues`): every object gets `additionalProperties: false` unless
 * it says otherwise, every property becomes required and an optional one becomes nullable
 * (core maps the `null` back to a missing key), and `oneOf` becomes `anyOf`.
 */
export function toStrictSchema(schema: JsonSchema): JsonSchema {
  const node = mapSubschemas(schema, (subschema) => toStrictSchema(subschema));
  if (Array.isArray(node.oneOf) && node.anyOf === undefined) {
    node.anyOf = node.oneOf;
    delete node.oneOf;
  }
  if (!isObjectSchema(node)) return node;
  if (node.additionalProperties === undefined) node.additionalProperties = false;
  const properties = isSchemaNode(node.properties) ? node.properties : {};
  const required = new Set(Array.isArray(node.required) ? node.required : []);
  node.properties = Object.fromEntries(
    Object.entries(properties).map(([name, property]) => [
      name,
      required.has(name) || !isSchemaNode(property) ? property : nullable(property),
    ]),
  );
  node.required = Object.keys(properties);
  return node;
}

/** `schema` that also accepts `null`. */
function nullable(schema: JsonSchema): JsonSchema {
  const { type } = schema;
  if (typeof type === "string" && schema.enum === undefined && schema.const === undefined) {
    return type === "null" ? schema : { ...schema, type: [type, "null"] };
  }
  if (Array.isArray(type) && schema.enum === undefined && schema.const === undefined) {
    return type.includes("null") ? schema : { ...schema, type: [...type, "null"] };
  }
  if (Array.isArray(schema.anyOf)) {
    const alreadyNullable = schema.anyOf.some(
      (branch) => isSchemaNode(branch) && branch.type === "null",
    );
    return alreadyNullable ? schema : { ...schema, anyOf: [...schema.anyOf, { type: "null" }] };
  }
  return { anyOf: [schema, { type: "null" }] };
}
