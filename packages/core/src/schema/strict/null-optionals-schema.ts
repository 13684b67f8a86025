import { setOwnProperty } from "../../json/json-frame.js";
import { getOrInsert } from "../../memo/get-or-insert.js";
import type { JsonSchema } from "../../types/json-schema.js";
import { hasDroppableNulls } from "./drop-null-optionals.js";
import { isRecord } from "./schema-node.js";

/** The keywords `dropNullOptionals` reads (and `admitsNull` below it); the rest is left out. */
const READ = new Set([
  "type",
  "properties",
  "required",
  "items",
  "prefixItems",
  "anyOf",
  "oneOf",
  "allOf",
  "$ref",
  "$defs",
  "const",
  "enum",
]);

/** Keywords whose value is a map of names to schemas, or a list of schemas. */
const SCHEMA_MAPS = new Set(["properties", "$defs"]);
const SCHEMA_LISTS = new Set(["prefixItems", "anyOf", "oneOf", "allOf"]);

/** Per input schema (a frozen model spec's): its pruned form, `null` when nothing can drop. */
const pruned = new WeakMap<JsonSchema, JsonSchema | null>();

/**
 * What `dropNullOptionals` needs of `inputSchema` to give the same result, and nothing more: the
 * structure (`properties`, `required`, `items`, unions, `$ref`s and `$defs`, `type`, `const`),
 * with an `enum` cut down to whether it holds `null`; descriptions, titles, formats and bounds
 * (prompt text a browser need not see) are left out. `undefined` when no value of the schema has
 * a null to drop. The same object is returned for the same schema, so a dropper's plan of it is
 * built once. This is what `generateStream`'s `shape` event carries.
 */
export function nullOptionalsSchema(inputSchema: JsonSchema): JsonSchema | undefined {
  const schema = getOrInsert(pruned, inputSchema, () =>
    hasDroppableNulls(inputSchema) ? prune(inputSchema) : null,
  );
  return schema ?? undefined;
}

function prune(node: JsonSchema): JsonSchema {
  const out: JsonSchema = {};
  for (const [keyword, value] of Object.entries(node)) {
    if (!READ.has(keyword)) continue;
    let kept = value;
    if (SCHEMA_MAPS.has(keyword) && isRecord(value)) {
      const map: JsonSchema = {};
      for (const [name, schema] of Object.entries(value)) {
        setOwnProperty(map, name, isRecord(schema) ? prune(schema) : schema);
      }
      kept = map;
    } else if (SCHEMA_LISTS.has(keyword) && Array.isArray(value)) {
      kept = value.map((schema: unknown) => (isRecord(schema) ? prune(schema) : schema));
    } else if (keyword === "items" && isRecord(value)) {
      kept = prune(value);
    } else if (keyword === "enum" && Array.isArray(value)) {
      // Only "may it be null" is read of an enum.
      kept = value.includes(null) ? [null] : [];
    }
    out[keyword] = kept;
  }
  return out;
}
