import type { JsonSchema } from "@instr/core";
import { acceptsNull, isRecord, resolveLocalRef } from "./schema-node.js";

/**
 * Maps the strict dialect's stand-in for "absent" back: returns a copy of `value` without every
 * property that is `null`, optional in `schema`, and whose own schema does not admit `null`.
 * `schema` is the ORIGINAL JSON Schema (before `transformSchema`), so a property that really is
 * nullable keeps its null. Follows `properties`, `items`, `prefixItems`, local `$ref`s, and for
 * `anyOf`/`oneOf` the first object branch that declares every key of the value. Values that do
 * not match the schema's shape are returned as they are, for validation to report.
 */
export function dropNullOptionals(value: unknown, schema: JsonSchema): unknown {
  return restore(value, schema, schema, 0);
}

// Guards against a `$ref` cycle that never reaches a value (e.g. `{ $ref: "#/$defs/a" }` chains).
const maxRefHops = 64;

function restore(value: unknown, node: JsonSchema, root: JsonSchema, hops: number): unknown {
  if (typeof node.$ref === "string") {
    const target = deref(node, root);
    return target === node || hops >= maxRefHops ? value : restore(value, target, root, hops + 1);
  }
  const branch = pickBranch(value, node, root);
  if (branch !== undefined) return restore(value, branch, root, hops);
  if (Array.isArray(value)) return restoreArray(value, node, root);
  if (isRecord(value) && isRecord(node.properties)) return restoreObject(value, node, root);
  return value;
}

function restoreObject(value: JsonSchema, node: JsonSchema, root: JsonSchema): JsonSchema {
  const properties = isRecord(node.properties) ? node.properties : {};
  const required = new Set(Array.isArray(node.required) ? node.required : []);
  const out: JsonSchema = {};
  for (const [key, item] of Object.entries(value)) {
    const property = Object.hasOwn(properties, key) ? properties[key] : undefined;
    if (!isRecord(property)) out[key] = item;
    else if (item !== null || required.has(key) || acceptsNull(property)) {
      out[key] = restore(item, property, root, 0);
    }
  }
  return out;
}

function restoreArray(value: readonly unknown[], node: JsonSchema, root: JsonSchema): unknown[] {
  const prefix = Array.isArray(node.prefixItems) ? node.prefixItems : [];
  return value.map((item, i) => {
    const itemSchema = i < prefix.length ? prefix[i] : node.items;
    return isRecord(itemSchema) ? restore(item, itemSchema, root, 0) : item;
  });
}

/** For a union node, the branch `value` belongs to, judged by shape only. */
function pickBranch(value: unknown, node: JsonSchema, root: JsonSchema): JsonSchema | undefined {
  const branches = [node.anyOf, node.oneOf].find(Array.isArray);
  if (branches === undefined || value === null) return undefined;
  const candidates = branches.filter(isRecord).map((branch) => deref(branch, root));
  if (Array.isArray(value)) return candidates.find((b) => b.type === "array" || "items" in b);
  if (!isRecord(value)) return undefined;
  return candidates.find((b) => declaresEvery(b, Object.keys(value)));
}

function declaresEvery(node: JsonSchema, keys: readonly string[]): boolean {
  const { properties } = node;
  return isRecord(properties) && keys.every((key) => Object.hasOwn(properties, key));
}

/** The node a `$ref` points to (`#` is the root); the node itself when it is not a resolvable ref. */
function deref(node: JsonSchema, root: JsonSchema): JsonSchema {
  if (typeof node.$ref !== "string") return node;
  return node.$ref === "#" ? root : (resolveLocalRef(root, node.$ref) ?? node);
}
