import type { JsonSchema } from "@instr/core";
import { childPointer } from "./json-pointer.js";
import { isRecord, resolveLocalRef } from "./schema-node.js";
import type { DialectContext } from "./strict-schema.js";
import { UnsupportedSchemaError } from "./unsupported-schema-error.js";

/**
 * Cerebras strict-mode limits ("Schema constraints", as documented in October 2026 at
 * https://inference-docs.cerebras.ai/capabilities/structured-outputs): 5,000 counted characters
 * (property names, definition names, `enum`/`const` strings; descriptions excluded), nesting depth
 * 10, 500 object properties, 500 enum values in total, 7,500 characters for one enum of more than
 * 250 values; and no recursive schemas.
 */
export const strictLimits = {
  countedCharacters: 5000,
  nestingDepth: 10,
  objectProperties: 500,
  enumValues: 500,
  largeEnumValues: 250,
  largeEnumCharacters: 7500,
} as const;

/**
 * Throws {@link UnsupportedSchemaError} when a strict-dialect schema breaks a documented limit or
 * references itself. Depth counts object and array levels (the root object is level 1) and
 * follows `$ref`s.
 */
export function checkStrictLimits(schema: JsonSchema, context: DialectContext): void {
  const fail = (problem: string, pointer: string): never => {
    throw new UnsupportedSchemaError(problem, { ...context, pointer });
  };
  const totals = { characters: 0, properties: 0, enumValues: 0 };
  const defs = isRecord(schema.$defs) ? schema.$defs : {};
  for (const name of Object.keys(defs)) totals.characters += name.length;

  forEachNode(schema, "", (node, pointer) => {
    if (isRecord(node.properties)) {
      const names = Object.keys(node.properties);
      totals.properties += names.length;
      totals.characters += names.reduce((sum, name) => sum + name.length, 0);
    }
    if (typeof node.const === "string") totals.characters += node.const.length;
    if (Array.isArray(node.enum)) {
      const chars = node.enum.reduce<number>(
        (s, v) => s + (typeof v === "string" ? v.length : 0),
        0,
      );
      totals.enumValues += node.enum.length;
      totals.characters += chars;
      if (
        node.enum.length > strictLimits.largeEnumValues &&
        chars > strictLimits.largeEnumCharacters
      ) {
        fail(
          `an enum of more than ${strictLimits.largeEnumValues} values may hold at most ${strictLimits.largeEnumCharacters} characters (this one: ${chars})`,
          childPointer(pointer, "enum"),
        );
      }
    }
  });
  const over = (what: string, count: number, limit: number) =>
    count > limit && fail(`${count} ${what}, more than the limit of ${limit}`, "");
  over("object properties", totals.properties, strictLimits.objectProperties);
  over("enum values", totals.enumValues, strictLimits.enumValues);
  over(
    "counted characters (property and definition names, enum and const strings)",
    totals.characters,
    strictLimits.countedCharacters,
  );
  checkDepth(schema, schema, "", 0, [], fail);
}

function checkDepth(
  root: JsonSchema,
  node: JsonSchema,
  pointer: string,
  depth: number,
  refs: readonly string[],
  fail: (problem: string, pointer: string) => never,
): void {
  if (typeof node.$ref === "string") {
    if (refs.includes(node.$ref))
      fail("recursive schemas are not supported", childPointer(pointer, "$ref"));
    const target = resolveLocalRef(root, node.$ref);
    if (target === undefined)
      fail(`\`${node.$ref}\` does not resolve to a \`$defs\` entry`, childPointer(pointer, "$ref"));
    // A `#/$defs/…` reference is the JSON Pointer of its target, after the `#`.
    checkDepth(root, target, node.$ref.slice(1), depth, [...refs, node.$ref], fail);
  }
  const level = node.type === "object" || node.type === "array" ? depth + 1 : depth;
  if (level > strictLimits.nestingDepth) {
    fail(`nesting deeper than ${strictLimits.nestingDepth} levels`, pointer);
  }
  for (const [child, at] of children(node, pointer)) checkDepth(root, child, at, level, refs, fail);
}

/** Calls `visit` on every schema node of the document (without following `$ref`s). */
function forEachNode(
  node: JsonSchema,
  pointer: string,
  visit: (node: JsonSchema, pointer: string) => void,
): void {
  visit(node, pointer);
  for (const [child, at] of children(node, pointer)) forEachNode(child, at, visit);
  if (isRecord(node.$defs)) {
    for (const [name, def] of Object.entries(node.$defs)) {
      if (isRecord(def))
        forEachNode(def, childPointer(childPointer(pointer, "$defs"), name), visit);
    }
  }
}

/** The direct subschemas of a strict-dialect node, with their pointers. */
function children(node: JsonSchema, pointer: string): Array<[JsonSchema, string]> {
  const out: Array<[JsonSchema, string]> = [];
  if (isRecord(node.properties)) {
    for (const [name, child] of Object.entries(node.properties)) {
      if (isRecord(child))
        out.push([child, childPointer(childPointer(pointer, "properties"), name)]);
    }
  }
  if (isRecord(node.items)) out.push([node.items, childPointer(pointer, "items")]);
  for (const key of ["prefixItems", "anyOf"]) {
    const list = node[key];
    if (Array.isArray(list)) {
      list.forEach((child, i) => {
        if (isRecord(child)) out.push([child, childPointer(childPointer(pointer, key), i)]);
      });
    }
  }
  return out;
}
