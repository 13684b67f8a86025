import type { JsonSchema } from "../../types/json-schema.js";
import { isRecord } from "../strict/schema-node.js";

const DEFS = "#/$defs/";

/**
 * `build(node)`, where `node` stands for `inner` placed inside a new document: `inner`'s `$defs`
 * move to the new root, and when `inner` refers to its own root (`$ref: "#"`, as zod writes a
 * recursive root) it becomes a definition of its own, so every local `$ref` still points where
 * it did. The input is not modified.
 */
export function nestJsonSchema(
  inner: JsonSchema,
  build: (node: JsonSchema) => JsonSchema,
): JsonSchema {
  const { $defs, ...body } = inner;
  const defs: JsonSchema = isRecord($defs) ? { ...$defs } : {};
  let node: JsonSchema = body;
  if (refersToRoot(inner)) {
    const name = freshName(defs);
    const target = `${DEFS}${name}`;
    for (const [key, def] of Object.entries(defs)) defs[key] = retarget(def, target);
    defs[name] = retarget(body, target);
    node = { $ref: target };
  }
  const outer = build(node);
  return Object.keys(defs).length === 0 ? outer : { ...outer, $defs: defs };
}

function refersToRoot(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(refersToRoot);
  if (!isRecord(value)) return false;
  if (typeof value.$ref === "string" && isRootRef(value.$ref)) return true;
  return Object.values(value).some(refersToRoot);
}

/** A local reference into the root itself rather than into its `$defs`. */
function isRootRef(ref: string): boolean {
  return ref.startsWith("#") && !ref.startsWith(DEFS);
}

/** `value` with every root reference (`#`, `#/properties/…`) moved under `target`. */
function retarget(value: unknown, target: string): unknown {
  if (Array.isArray(value)) return value.map((item) => retarget(item, target));
  if (!isRecord(value)) return value;
  const out: JsonSchema = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] =
      key === "$ref" && typeof item === "string" && isRootRef(item)
        ? `${target}${item.slice(1)}`
        : retarget(item, target);
  }
  return out;
}

function freshName(defs: JsonSchema): string {
  let name = "root";
  for (let i = 1; Object.hasOwn(defs, name); i += 1) name = `root${i}`;
  return name;
}
