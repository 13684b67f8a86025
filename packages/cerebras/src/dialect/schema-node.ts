import type { JsonSchema } from "@instr/core";

/** True for a JSON object (a schema node or a value), false for arrays, null and primitives. */
export function isRecord(value: unknown): value is JsonSchema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Whether a (dialect-free) schema node admits `null` on its own. */
export function acceptsNull(node: JsonSchema): boolean {
  const { type, anyOf, oneOf, enum: values } = node;
  return (
    type === "null" ||
    (Array.isArray(type) && type.includes("null")) ||
    node.const === null ||
    (Array.isArray(values) && values.includes(null)) ||
    [anyOf, oneOf].some((branches) => Array.isArray(branches) && branches.some(isNullBranch))
  );
}

function isNullBranch(branch: unknown): boolean {
  return isRecord(branch) && acceptsNull(branch);
}

/** The `$defs` entry a local `#/$defs/<name>` reference points to, if any. */
export function resolveLocalRef(root: JsonSchema, ref: string): JsonSchema | undefined {
  const prefix = "#/$defs/";
  if (!ref.startsWith(prefix)) return undefined;
  const name = ref.slice(prefix.length).replaceAll("~1", "/").replaceAll("~0", "~");
  const defs = root.$defs;
  const target = isRecord(defs) ? defs[name] : undefined;
  return isRecord(target) ? target : undefined;
}
