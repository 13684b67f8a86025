import type { SchemaIssue } from "../../errors/unsupported-schema-error.js";
import type { JsonSchema } from "../../types/json-schema.js";
import { childPointer } from "./json-pointer.js";
import { isRecord, resolveLocalRef } from "./schema-node.js";
import type { StrictDialect } from "./strict-dialect.js";

/**
 * The dialect's size limits and reference rules broken by `schema`, a schema already in the
 * strict shape (see `StrictRewriter`). Depth counts from the root object (level 1) and follows
 * `$ref`s; a reference back into its own chain is recursion, reported unless the dialect allows
 * it (then the walk stops there).
 */
export function strictLimitIssues(schema: JsonSchema, dialect: StrictDialect): SchemaIssue[] {
  const { limits } = dialect;
  const issues: SchemaIssue[] = [];
  const report = (problem: string, pointer: string) => issues.push({ pointer, problem });
  const totals = { characters: 0, properties: 0, enumValues: 0 };
  const defs = isRecord(schema.$defs) ? schema.$defs : {};
  for (const name of Object.keys(defs)) totals.characters += name.length;

  forEachNode(schema, "", (node, pointer) => {
    if (isRecord(node.properties)) {
      const names = Object.keys(node.properties);
      totals.properties += names.length;
      totals.characters += textLength(names);
    }
    if (typeof node.const === "string") totals.characters += node.const.length;
    if (Array.isArray(node.enum)) {
      const characters = textLength(node.enum);
      totals.enumValues += node.enum.length;
      totals.characters += characters;
      const large = limits.largeEnum;
      if (large && node.enum.length > large.values && characters > large.characters) {
        report(
          `an enum of more than ${large.values} values may hold at most ${large.characters} characters (this one: ${characters})`,
          childPointer(pointer, "enum"),
        );
      }
    }
  });
  const over = (what: string, count: number, limit: number | undefined) => {
    if (limit !== undefined && count > limit) {
      report(`${count} ${what}, more than the limit of ${limit}`, "");
    }
  };
  over("object properties", totals.properties, limits.properties);
  over("enum values", totals.enumValues, limits.enumValues);
  over(
    "counted characters (property and definition names, enum and const strings)",
    totals.characters,
    limits.countedCharacters,
  );
  new DepthWalk(schema, dialect, report).visit(schema, "", 0, ["#"]);
  return issues;
}

/** Walks the schema from the root through `$ref`s, checking nesting depth and recursion. */
class DepthWalk {
  constructor(
    private readonly root: JsonSchema,
    private readonly dialect: StrictDialect,
    private readonly report: (problem: string, pointer: string) => void,
  ) {}

  visit(node: JsonSchema, pointer: string, depth: number, refs: readonly string[]): void {
    const { $ref } = node;
    if (typeof $ref === "string") {
      const at = childPointer(pointer, "$ref");
      const target = resolveLocalRef(this.root, $ref);
      if (refs.includes($ref)) {
        if (!this.dialect.recursion) this.report("recursive schemas are not supported", at);
      } else if (target === undefined) {
        this.report(`\`${$ref}\` does not resolve to a \`$defs\` entry`, at);
      } else {
        // A `#/$defs/…` reference is the JSON Pointer of its target, after the `#`.
        this.visit(target, $ref.slice(1), depth, [...refs, $ref]);
      }
    }
    const limit = this.dialect.limits.depth;
    const counted = limit?.counts === "objects" ? ["object"] : ["object", "array"];
    const level = counted.some((type) => isOfType(node, type)) ? depth + 1 : depth;
    if (limit !== undefined && level > limit.max) {
      // Deeper nodes break it too; the first one is the place to fix.
      this.report(`nesting deeper than ${limit.max} levels`, pointer);
      return;
    }
    for (const [child, at] of children(node, pointer)) this.visit(child, at, level, refs);
  }
}

function isOfType(node: JsonSchema, type: string): boolean {
  return node.type === type || (Array.isArray(node.type) && node.type.includes(type));
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
      if (isRecord(def)) forEachNode(def, childPointer(pointer, "$defs", name), visit);
    }
  }
}

/** The direct subschemas of a strict-shaped node, with their pointers. */
function children(node: JsonSchema, pointer: string): Array<[JsonSchema, string]> {
  const out: Array<[JsonSchema, string]> = [];
  if (isRecord(node.properties)) {
    for (const [name, child] of Object.entries(node.properties)) {
      if (isRecord(child)) out.push([child, childPointer(pointer, "properties", name)]);
    }
  }
  if (isRecord(node.items)) out.push([node.items, childPointer(pointer, "items")]);
  for (const key of ["prefixItems", "anyOf"]) {
    const list = node[key];
    if (!Array.isArray(list)) continue;
    list.forEach((child, i) => {
      if (isRecord(child)) out.push([child, childPointer(pointer, key, i)]);
    });
  }
  return out;
}

/** Characters of the string values in `values` (other values are not counted). */
function textLength(values: readonly unknown[]): number {
  return values.reduce<number>(
    (sum, value) => sum + (typeof value === "string" ? value.length : 0),
    0,
  );
}
