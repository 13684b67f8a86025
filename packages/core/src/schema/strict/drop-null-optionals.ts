import type { JsonSchema } from "../../types/json-schema.js";
import { admitsNull, isRecord, resolveLocalRef } from "./schema-node.js";

/**
 * Maps a strict dialect's stand-in for "absent" back: returns `value` without every property
 * that is `null`, optional in `inputSchema` and whose own schema surely rejects `null` (so a
 * property that really is nullable, or whose schema cannot be judged, keeps its null).
 *
 * `inputSchema` is the ORIGINAL JSON Schema (`toJsonSchema(responseModel)`, before any
 * `transformSchema`). Follows `properties`, `items`, `prefixItems`, local `$ref`s (`#` is the
 * root), and for `anyOf`/`oneOf` the first object branch that declares every key of the value
 * and whose `const` properties match it. Values of another shape are left for validation to
 * report. The input is not modified; when nothing is dropped, `value` itself is returned.
 *
 * Core applies it to every answer that fails validation as written, so adapters with a strict
 * dialect need not call it; it is exported for code that validates answers itself.
 *
 * @example
 * ```ts
 * const User = z.object({ name: z.string(), nick: z.string().optional(), note: z.string().nullable() });
 * dropNullOptionals({ name: "Ada", nick: null, note: null }, toJsonSchema(User));
 * // { name: "Ada", note: null }
 * ```
 */
export function dropNullOptionals(value: unknown, inputSchema: JsonSchema): unknown {
  return restore(value, inputSchema, inputSchema, [], undefined);
}

/**
 * {@link dropNullOptionals} for a stream of snapshots that share structure: each (object, schema
 * node) pair is restored once and its result remembered (weakly), so an unchanged subtree costs
 * nothing and keeps its identity in the result, and the work per snapshot follows the path the
 * parser copied.
 */
export function createNullOptionalsDropper(inputSchema: JsonSchema): (value: unknown) => unknown {
  const memo: Memo = new WeakMap();
  return (value) => restore(value, inputSchema, inputSchema, [], memo);
}

/** value object -> schema node -> its restored value. */
type Memo = WeakMap<object, Map<JsonSchema, unknown>>;

function restore(
  value: unknown,
  node: JsonSchema,
  root: JsonSchema,
  refs: readonly string[],
  memo: Memo | undefined,
): unknown {
  if (memo === undefined || typeof value !== "object" || value === null) {
    return restoreNode(value, node, root, refs, memo);
  }
  let byNode = memo.get(value);
  if (byNode === undefined) {
    byNode = new Map();
    memo.set(value, byNode);
  } else if (byNode.has(node)) {
    return byNode.get(node);
  }
  const restored = restoreNode(value, node, root, refs, memo);
  byNode.set(node, restored);
  return restored;
}

function restoreNode(
  value: unknown,
  node: JsonSchema,
  root: JsonSchema,
  refs: readonly string[],
  memo: Memo | undefined,
): unknown {
  const { $ref } = node;
  if (typeof $ref === "string") {
    const target = resolveLocalRef(root, $ref);
    // A `$ref` cycle that never reaches a value (`a` -> `b` -> `a`) ends here.
    if (target === undefined || refs.includes($ref)) return value;
    return restore(value, target, root, [...refs, $ref], memo);
  }
  const branch = pickBranch(value, node, root);
  if (branch !== undefined) return restore(value, branch, root, refs, memo);
  if (Array.isArray(value)) return restoreArray(value, node, root, memo);
  if (isRecord(value) && isRecord(node.properties)) return restoreObject(value, node, root, memo);
  return value;
}

function restoreObject(
  value: JsonSchema,
  node: JsonSchema,
  root: JsonSchema,
  memo: Memo | undefined,
): JsonSchema {
  const properties = isRecord(node.properties) ? node.properties : {};
  const required = new Set(Array.isArray(node.required) ? node.required : []);
  const out: JsonSchema = {};
  let changed = false;
  for (const [key, item] of Object.entries(value)) {
    const property = Object.hasOwn(properties, key) ? properties[key] : undefined;
    if (!isRecord(property)) {
      out[key] = item;
    } else if (item === null && !required.has(key) && !admitsNull(property, root)) {
      changed = true;
    } else {
      out[key] = restore(item, property, root, [], memo);
      changed ||= out[key] !== item;
    }
  }
  return changed ? out : value;
}

function restoreArray(
  value: readonly unknown[],
  node: JsonSchema,
  root: JsonSchema,
  memo: Memo | undefined,
): unknown {
  const prefix = Array.isArray(node.prefixItems) ? node.prefixItems : [];
  let changed = false;
  const out = value.map((item, i) => {
    const itemSchema = i < prefix.length ? prefix[i] : node.items;
    const restored = isRecord(itemSchema) ? restore(item, itemSchema, root, [], memo) : item;
    changed ||= restored !== item;
    return restored;
  });
  return changed ? out : value;
}

/** For a union node, the branch `value` belongs to, judged by shape only. */
function pickBranch(value: unknown, node: JsonSchema, root: JsonSchema): JsonSchema | undefined {
  const branches = [node.anyOf, node.oneOf].find(Array.isArray);
  if (branches === undefined || value === null) return undefined;
  const candidates = branches.filter(isRecord).map((branch) => deref(branch, root));
  if (Array.isArray(value)) return candidates.find((b) => b.type === "array" || "items" in b);
  if (!isRecord(value)) return undefined;
  return candidates.find((branch) => fitsKeys(branch, value));
}

/** `branch` declares every key of `value`, and each `const` property it declares matches. */
function fitsKeys(branch: JsonSchema, value: JsonSchema): boolean {
  const { properties } = branch;
  if (!isRecord(properties)) return false;
  const declared = Object.keys(value).every((key) => Object.hasOwn(properties, key));
  const constsMatch = Object.entries(properties).every(
    ([key, property]) =>
      !isRecord(property) ||
      !("const" in property) ||
      !Object.hasOwn(value, key) ||
      property.const === value[key],
  );
  return declared && constsMatch;
}

/** The node a local `$ref` points to; the node itself when it is no resolvable reference. */
function deref(node: JsonSchema, root: JsonSchema): JsonSchema {
  return typeof node.$ref === "string" ? (resolveLocalRef(root, node.$ref) ?? node) : node;
}
