import type { JsonSchema } from "../types/json-schema.js";
import { isRecord } from "./strict/schema-node.js";

/**
 * Drops `$schema` and inlines a root `{ $ref: "#/$defs/x" }` when nothing else refers to `x`
 * (what a library writes for a schema with an id), because providers want the schema itself at
 * the root. The input is not modified.
 */
export function inlineRootRef(converted: JsonSchema): JsonSchema {
  const { $schema: _dialect, ...rest } = converted;
  const ref = rest.$ref;
  const defs = rest.$defs;
  if (typeof ref !== "string" || !isRecord(defs)) return rest;
  const id = ref.startsWith("#/$defs/") ? ref.slice("#/$defs/".length) : undefined;
  const root = id === undefined ? undefined : defs[id];
  if (id === undefined || !isRecord(root)) return rest;
  // A recursive schema refers to its root definition from inside: keep the $ref form then.
  if (JSON.stringify(defs).includes(JSON.stringify(ref))) return rest;
  const { [id]: _root, ...otherDefs } = defs;
  const { $ref: _ref, $defs: _defs, ...siblings } = rest;
  const inlined: JsonSchema = { ...siblings, ...root };
  if (Object.keys(otherDefs).length > 0) inlined.$defs = otherDefs;
  return inlined;
}
