import type { JsonSchema, Mode } from "@instr/core";
import { childPointer } from "./json-pointer.js";
import {
  droppedAnnotations,
  passThroughKeywords,
  rejectedKeywords,
  relaxedKeywords,
  rewrittenKeywords,
} from "./keywords.js";
import { acceptsNull, isRecord } from "./schema-node.js";
import { splitTypeArray } from "./split-type-array.js";
import { UnsupportedSchemaError } from "./unsupported-schema-error.js";

/** What a rejection needs to name: the mode being prepared and the adapter's modes. */
export interface DialectContext {
  mode: Mode;
  supportedModes: readonly Mode[];
}

/**
 * Rewrites a JSON Schema (as zod 4 writes it) into the Cerebras strict dialect: every object gets
 * `additionalProperties: false` and lists every property in `required` (optional properties
 * become nullable), `type: [...]` and `oneOf` become `anyOf`, validation-only constraints move
 * into the description. Throws {@link UnsupportedSchemaError} for anything else strict mode
 * rejects. Size limits are checked separately (see `checkStrictLimits`).
 */
export function toStrictSchema(schema: JsonSchema, context: DialectContext): JsonSchema {
  const fail: Fail = failer(context);
  if (Array.isArray(schema.type) || "anyOf" in schema || "oneOf" in schema) {
    fail("the root must be an object; root unions are not supported", "");
  }
  if (schema.type !== "object") {
    fail('the root must be an object (`type: "object"`), e.g. a z.object', "");
  }
  const { $defs, ...root } = schema;
  const out = toStrictNode(root, "", context);
  if ($defs !== undefined) {
    if (!isRecord($defs)) fail("`$defs` must be an object", "/$defs");
    const defs: JsonSchema = {};
    for (const [name, definition] of Object.entries($defs)) {
      defs[name] = toStrictNode(definition, childPointer("/$defs", name), context);
    }
    out.$defs = defs;
  }
  return out;
}

function toStrictNode(node: unknown, pointer: string, context: DialectContext): JsonSchema {
  const fail: Fail = failer(context);
  if (!isRecord(node)) {
    return fail(`a boolean schema (\`${String(node)}\`) is not supported`, pointer);
  }
  if (Array.isArray(node.type)) {
    return toStrictNode(splitTypeArray(node, node.type), pointer, context);
  }
  const out: JsonSchema = {};
  const hints: string[] = [];
  for (const [key, value] of Object.entries(node)) {
    const at = childPointer(pointer, key);
    const rejection = rejectedKeywords.get(key);
    if (rejection !== undefined) fail(rejection, at);
    if (passThroughKeywords.has(key)) out[key] = value;
    else if (isRelaxed(key)) hints.push(hint(node, key));
    else if (!rewrittenKeywords.has(key) && !droppedAnnotations.has(key)) {
      fail(`the keyword \`${key}\` is not in the strict subset`, at);
    }
  }
  if (isRecord(out.const) || Array.isArray(out.const)) {
    fail("`const` must be a string, number, boolean or null", childPointer(pointer, "const"));
  }
  if ("$defs" in node)
    fail("`$defs` is only supported at the root", childPointer(pointer, "$defs"));
  if ("$ref" in node) out.$ref = localRef(node.$ref, childPointer(pointer, "$ref"), fail);
  if ("anyOf" in node && "oneOf" in node) {
    fail("`anyOf` and `oneOf` on one node are not supported", childPointer(pointer, "oneOf"));
  }
  for (const key of ["anyOf", "oneOf"]) {
    if (key in node) out.anyOf = branches(node[key], childPointer(pointer, key), context);
  }
  if (node.type === "object" || "properties" in node) {
    Object.assign(out, strictObject(node, pointer, context));
  }
  if (node.type === "array" || "items" in node || "prefixItems" in node) {
    Object.assign(out, strictArray(node, pointer, context));
  }
  if (!("type" in out || "$ref" in out || "anyOf" in out || "enum" in out || "const" in out)) {
    fail("a schema without a type accepts any value (z.any / z.unknown)", pointer);
  }
  const described = hints.filter((h) => h !== "");
  if (described.length > 0) out.description = describe(out.description, described);
  return out;
}

function strictObject(node: JsonSchema, pointer: string, context: DialectContext): JsonSchema {
  const fail: Fail = failer(context);
  const { properties = {}, required = [], additionalProperties } = node;
  if (additionalProperties !== undefined && additionalProperties !== false) {
    fail(
      "objects must set `additionalProperties: false` (records and catch-alls are not supported)",
      childPointer(pointer, "additionalProperties"),
    );
  }
  if (!isRecord(properties))
    fail("`properties` must be an object", childPointer(pointer, "properties"));
  const requiredNames = new Set(Array.isArray(required) ? required : []);
  const out: JsonSchema = {};
  for (const [name, property] of Object.entries(properties)) {
    const at = childPointer(childPointer(pointer, "properties"), name);
    const strict = toStrictNode(property, at, context);
    // Strict mode needs every property in `required`: an optional one may instead be null, and
    // `dropNullOptionals` maps that null back to an absent property before validation.
    out[name] =
      requiredNames.has(name) || (isRecord(property) && acceptsNull(property))
        ? strict
        : orNull(strict);
  }
  return {
    type: "object",
    properties: out,
    required: Object.keys(out),
    additionalProperties: false,
  };
}

function strictArray(node: JsonSchema, pointer: string, context: DialectContext): JsonSchema {
  const fail: Fail = failer(context);
  const { items, prefixItems } = node;
  const itemsAt = childPointer(pointer, "items");
  if (prefixItems !== undefined) {
    if (!Array.isArray(prefixItems))
      fail("`prefixItems` must be an array", childPointer(pointer, "prefixItems"));
    const tuple = prefixItems.map((item, i) =>
      toStrictNode(item, childPointer(childPointer(pointer, "prefixItems"), i), context),
    );
    if (items === undefined)
      fail("a tuple must end with `items: false` or an item schema", pointer);
    return {
      type: "array",
      prefixItems: tuple,
      items: items === false ? false : toStrictNode(items, itemsAt, context),
    };
  }
  if (items === undefined) fail("arrays need an item schema (`items`)", pointer);
  if (Array.isArray(items)) fail("array-form `items` is not supported; use `prefixItems`", itemsAt);
  return { type: "array", items: toStrictNode(items, itemsAt, context) };
}

function branches(value: unknown, pointer: string, context: DialectContext): JsonSchema[] {
  if (!Array.isArray(value) || value.length === 0) {
    return failer(context)("a union needs a non-empty array of schemas", pointer);
  }
  return value.map((branch, i) => toStrictNode(branch, childPointer(pointer, i), context));
}

/** Admits null too: a plain union gains a null branch, anything else is wrapped in one. */
function orNull(node: JsonSchema): JsonSchema {
  const nullBranch = { type: "null" };
  const { anyOf } = node;
  const plainUnion = !("type" in node || "$ref" in node || "enum" in node || "const" in node);
  if (Array.isArray(anyOf) && plainUnion) return { ...node, anyOf: [...anyOf, nullBranch] };
  return { anyOf: [node, nullBranch] };
}

function localRef(ref: unknown, pointer: string, fail: Fail): string {
  if (typeof ref !== "string") return fail("`$ref` must be a string", pointer);
  if (ref === "#" || ref.startsWith("#/properties") || ref.startsWith("#/items")) {
    return fail("recursive schemas are not supported", pointer);
  }
  if (!ref.startsWith("#/$defs/")) {
    return fail(`only local \`#/$defs/…\` references are supported, not \`${ref}\``, pointer);
  }
  return ref;
}

type Relaxed = (typeof relaxedKeywords)[number];

function isRelaxed(key: string): key is Relaxed {
  return (relaxedKeywords as readonly string[]).includes(key);
}

/** A readable note for a relaxed constraint; a `pattern` derived from a `format` adds nothing. */
function hint(node: JsonSchema, key: Relaxed): string {
  if (key === "pattern" && "format" in node) return "";
  return `${key}: ${String(node[key])}`;
}

function describe(description: unknown, hints: readonly string[]): string {
  const note = `(${hints.join(", ")})`;
  return typeof description === "string" && description !== "" ? `${description} ${note}` : note;
}

type Fail = (problem: string, pointer: string) => never;

function failer(context: DialectContext): Fail {
  return (problem, pointer) => {
    throw new UnsupportedSchemaError(problem, { ...context, pointer });
  };
}
