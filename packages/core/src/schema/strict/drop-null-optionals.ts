import { setOwnProperty } from "../../json/json-frame.js";
import { getOrInsert } from "../../memo/get-or-insert.js";
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
  return createNullOptionalsDropper(inputSchema)(value);
}

/**
 * {@link dropNullOptionals} for a stream of snapshots that share structure (each copies only the
 * path to what changed). For each schema node the last value restored there is remembered with
 * its result: a value seen again costs one comparison, and an array or object compares its
 * children with the last one's, so unchanged children keep their result (and identity) and the
 * work per snapshot follows the path the parser copied. A schema without a droppable property
 * anywhere gets the identity function.
 */
export function createNullOptionalsDropper(inputSchema: JsonSchema): (value: unknown) => unknown {
  const plan = planOf(inputSchema);
  if (!plan.dropping.has(inputSchema)) return (value) => value;
  const last: LastRestored = new Map();
  return (value) => restore(value, inputSchema, plan, last);
}

/**
 * True when a value of `inputSchema` can hold a null that {@link dropNullOptionals} drops (an
 * optional property whose schema rejects null, anywhere below the root). When false, the
 * dropper is the identity.
 */
export function hasDroppableNulls(inputSchema: JsonSchema): boolean {
  return planOf(inputSchema).dropping.has(inputSchema);
}

/** What the restore walk needs from one input schema; computed once per schema object. */
interface DropPlan {
  readonly root: JsonSchema;
  /** The nodes below which a value may change: a droppable property is reachable from them. */
  readonly dropping: ReadonlySet<JsonSchema>;
  /** Per object node with `properties`: the keys whose null is dropped. */
  readonly droppableKeys: ReadonlyMap<JsonSchema, ReadonlySet<string>>;
  /** Per union node: its branches (`anyOf`, else `oneOf`), local `$ref`s resolved. */
  readonly branches: ReadonlyMap<JsonSchema, readonly JsonSchema[]>;
}

/** Per schema node: the last value restored there, and its result. */
type LastRestored = Map<JsonSchema, { input: object; output: unknown }>;

/** The plans of the schemas seen; schemas are frozen model specs, so the plan stays valid. */
const plans = new WeakMap<JsonSchema, DropPlan>();

function planOf(root: JsonSchema): DropPlan {
  return getOrInsert(plans, root, () => buildPlan(root));
}

/**
 * Walks every node the restore can visit from `root`, notes which have droppable keys, and marks
 * every node from which such a node is reachable (cycles through `$ref` included).
 */
function buildPlan(root: JsonSchema): DropPlan {
  const next = new Map<JsonSchema, JsonSchema[]>();
  const droppableKeys = new Map<JsonSchema, Set<string>>();
  const branches = new Map<JsonSchema, JsonSchema[]>();
  const pending = [root];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (next.has(node)) continue;
    const union = typeof node.$ref === "string" ? undefined : branchesOf(node, root);
    if (union !== undefined) branches.set(node, union);
    const children = childNodes(node, root, union);
    next.set(node, children);
    for (const child of children) if (!next.has(child)) pending.push(child);
    const keys = ownDroppableKeys(node, root);
    if (keys.size > 0) droppableKeys.set(node, keys);
  }
  const parents = new Map<JsonSchema, JsonSchema[]>();
  for (const [node, children] of next) {
    for (const child of children) {
      const list = parents.get(child);
      if (list === undefined) parents.set(child, [node]);
      else list.push(node);
    }
  }
  const dropping = new Set<JsonSchema>();
  const marking = [...droppableKeys.keys()];
  for (let node = marking.pop(); node !== undefined; node = marking.pop()) {
    if (dropping.has(node)) continue;
    dropping.add(node);
    marking.push(...(parents.get(node) ?? []));
  }
  return { root, dropping, droppableKeys, branches };
}

/** The nodes `restore` may continue at from `node` (whose `union` branches are given). */
function childNodes(
  node: JsonSchema,
  root: JsonSchema,
  union: readonly JsonSchema[] | undefined,
): JsonSchema[] {
  if (typeof node.$ref === "string") {
    const target = resolveLocalRef(root, node.$ref);
    return target === undefined ? [] : [target];
  }
  const children = [...(union ?? [])];
  const { items, prefixItems, properties } = node;
  if (isRecord(items)) children.push(items);
  if (Array.isArray(prefixItems)) children.push(...prefixItems.filter(isRecord));
  if (isRecord(properties)) children.push(...Object.values(properties).filter(isRecord));
  return children;
}

/** The keys of `node`'s own properties whose null is dropped: optional, and null surely rejected. */
function ownDroppableKeys(node: JsonSchema, root: JsonSchema): Set<string> {
  const keys = new Set<string>();
  const { properties } = node;
  if (typeof node.$ref === "string" || !isRecord(properties)) return keys;
  const required = new Set(Array.isArray(node.required) ? node.required : []);
  for (const [key, property] of Object.entries(properties)) {
    if (isRecord(property) && !required.has(key) && !admitsNull(property, root)) keys.add(key);
  }
  return keys;
}

function restore(value: unknown, node: JsonSchema, plan: DropPlan, last: LastRestored): unknown {
  if (typeof value !== "object" || value === null || !plan.dropping.has(node)) return value;
  if (typeof node.$ref === "string") {
    // A `$ref` cycle that never reaches a property is not in `dropping`: it ends above.
    const target = resolveLocalRef(plan.root, node.$ref);
    return target === undefined ? value : restore(value, target, plan, last);
  }
  const branch = pickBranch(value, plan.branches.get(node));
  if (branch !== undefined && branch !== node) return restore(value, branch, plan, last);
  const previous = last.get(node);
  if (previous?.input === value) return previous.output;
  let output: unknown;
  if (Array.isArray(value)) output = restoreArray(value, node, plan, last, previous);
  else if (isRecord(value) && isRecord(node.properties)) {
    output = restoreObject(value, node, node.properties, plan, last, previous);
  } else return value;
  last.set(node, { input: value, output });
  return output;
}

/** The last value restored at a node (as an array or object there) and its result. */
type Previous = { input: object; output: unknown } | undefined;

function restoreObject(
  value: JsonSchema,
  node: JsonSchema,
  properties: JsonSchema,
  plan: DropPlan,
  last: LastRestored,
  previous: Previous,
): JsonSchema {
  const droppable = plan.droppableKeys.get(node);
  const before = isRecord(previous?.input) ? previous.input : undefined;
  const after = isRecord(previous?.output) ? previous.output : undefined;
  const out: JsonSchema = {};
  let changed = false;
  for (const key of Object.keys(value)) {
    const item = value[key];
    const property = Object.hasOwn(properties, key) ? properties[key] : undefined;
    let restored: unknown = item;
    if (item === null) {
      if (droppable?.has(key) === true) {
        changed = true;
        continue;
      }
    } else if (isRecord(property)) {
      // The same child as last time at this node: its result then is its result now.
      restored =
        before !== undefined &&
        after !== undefined &&
        before[key] === item &&
        Object.hasOwn(after, key)
          ? after[key]
          : restore(item, property, plan, last);
    }
    setOwnProperty(out, key, restored);
    changed ||= restored !== item;
  }
  return changed ? out : value;
}

function restoreArray(
  value: readonly unknown[],
  node: JsonSchema,
  plan: DropPlan,
  last: LastRestored,
  previous: Previous,
): unknown {
  const prefix = Array.isArray(node.prefixItems) ? node.prefixItems : [];
  const before = Array.isArray(previous?.input) ? previous.input : undefined;
  const after = Array.isArray(previous?.output) ? previous.output : undefined;
  let out: unknown[] | undefined;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    let restored: unknown;
    // The same element at the same index as last time: its result then is its result now.
    if (before !== undefined && after !== undefined && i < before.length && before[i] === item) {
      restored = after[i];
    } else {
      const itemSchema = i < prefix.length ? prefix[i] : node.items;
      restored = isRecord(itemSchema) ? restore(item, itemSchema, plan, last) : item;
    }
    if (out === undefined && restored !== item) out = value.slice(0, i);
    out?.push(restored);
  }
  return out ?? value;
}

/** For a union node (its `branches`), the branch `value` belongs to, judged by shape only. */
function pickBranch(
  value: object,
  branches: readonly JsonSchema[] | undefined,
): JsonSchema | undefined {
  if (branches === undefined) return undefined;
  if (Array.isArray(value)) return branches.find((b) => b.type === "array" || "items" in b);
  if (!isRecord(value)) return undefined;
  return branches.find((branch) => fitsKeys(branch, value));
}

/** The branches of the first of `anyOf` / `oneOf` that `node` has, local `$ref`s resolved. */
function branchesOf(node: JsonSchema, root: JsonSchema): JsonSchema[] | undefined {
  const branches = Array.isArray(node.anyOf) ? node.anyOf : node.oneOf;
  if (!Array.isArray(branches)) return undefined;
  return branches.filter(isRecord).map((branch) => deref(branch, root));
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
