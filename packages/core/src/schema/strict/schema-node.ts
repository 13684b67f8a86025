import type { JsonSchema } from "../../types/json-schema.js";

/** True for a JSON object (a schema node or a value), false for arrays, null and primitives. */
export function isRecord(value: unknown): value is JsonSchema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The node a local reference points to: `#` is the root, `#/$defs/<name>` a definition. */
export function resolveLocalRef(root: JsonSchema, ref: string): JsonSchema | undefined {
  if (ref === "#") return root;
  const prefix = "#/$defs/";
  if (!ref.startsWith(prefix)) return undefined;
  const name = ref.slice(prefix.length).replaceAll("~1", "/").replaceAll("~0", "~");
  const defs = root.$defs;
  const target = isRecord(defs) && Object.hasOwn(defs, name) ? defs[name] : undefined;
  return isRecord(target) ? target : undefined;
}

/**
 * Whether `node` may accept `null`: false only when one of its keywords surely rejects it
 * (`type`, `enum`, `const`, a union whose every branch rejects it, an `allOf` part or `$ref`
 * target that rejects it). Anything it cannot judge (`{}`, `not`, an unresolvable `$ref`)
 * counts as accepting null, so callers that drop or add nulls stay on the safe side.
 */
export function admitsNull(
  node: JsonSchema,
  root: JsonSchema,
  seen: readonly string[] = [],
): boolean {
  return !rejectsNull(node, root, seen);
}

function rejectsNull(node: JsonSchema, root: JsonSchema, seen: readonly string[]): boolean {
  const { type, anyOf, oneOf, allOf, $ref } = node;
  const branchRejects = (branch: unknown) => isRecord(branch) && rejectsNull(branch, root, seen);
  return (
    (typeof type === "string" && type !== "null") ||
    (Array.isArray(type) && !type.includes("null")) ||
    ("const" in node && node.const !== null) ||
    (Array.isArray(node.enum) && !node.enum.includes(null)) ||
    [anyOf, oneOf].some((list) => Array.isArray(list) && list.every(branchRejects)) ||
    (Array.isArray(allOf) && allOf.some(branchRejects)) ||
    (typeof $ref === "string" && refRejectsNull($ref, root, seen))
  );
}

function refRejectsNull(ref: string, root: JsonSchema, seen: readonly string[]): boolean {
  if (seen.includes(ref)) return false;
  const target = resolveLocalRef(root, ref);
  return target !== undefined && rejectsNull(target, root, [...seen, ref]);
}
