import { isRecord } from "./request-fields.js";

/** Deeper than this, recursion (z.lazy) stops with `null` instead of looping. */
const MAX_DEPTH = 8;

/**
 * A value that satisfies a JSON Schema's common constructs (type, properties, items, enum, const,
 * anyOf/oneOf/allOf, local `$ref`s, minimum, minItems), for scripted answers that parse. It is a
 * stand-in for a model's answer, not a validator: unusual keywords are ignored.
 */
export function exampleFromSchema(schema: unknown): unknown {
  return example(schema, isRecord(schema) ? schema : {}, 0);
}

function example(schema: unknown, root: Record<string, unknown>, depth: number): unknown {
  if (!isRecord(schema) || depth > MAX_DEPTH) return null;
  if ("const" in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0] ?? null;
  if (typeof schema.$ref === "string")
    return example(resolveRef(schema.$ref, root), root, depth + 1);
  const variants = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(variants)) {
    const preferred = variants.find((v) => !(isRecord(v) && v.type === "null")) ?? variants[0];
    return example(preferred, root, depth + 1);
  }
  if (Array.isArray(schema.allOf)) {
    return Object.assign({}, ...schema.allOf.map((part) => example(part, root, depth + 1)));
  }
  const type = Array.isArray(schema.type)
    ? schema.type.find((t) => t !== "null")
    : (schema.type ?? (isRecord(schema.properties) ? "object" : undefined));
  switch (type) {
    case "object":
      return objectExample(schema, root, depth);
    case "array": {
      const count = typeof schema.minItems === "number" ? Math.max(schema.minItems, 1) : 1;
      return Array.from({ length: count }, () => example(schema.items, root, depth + 1));
    }
    case "string":
      return "example";
    case "integer":
    case "number":
      return typeof schema.minimum === "number" ? schema.minimum : 1;
    case "boolean":
      return true;
    default:
      return null;
  }
}

function objectExample(
  schema: Record<string, unknown>,
  root: Record<string, unknown>,
  depth: number,
): Record<string, unknown> {
  const properties = isRecord(schema.properties) ? schema.properties : {};
  const result: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(properties)) {
    // defineProperty: a property named __proto__ stays data, as in the model output it imitates.
    Object.defineProperty(result, key, {
      value: example(property, root, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return result;
}

/** Resolves `#/$defs/Name` (or any local JSON pointer) against the root schema. */
function resolveRef(ref: string, root: Record<string, unknown>): unknown {
  if (!ref.startsWith("#")) return undefined;
  let node: unknown = root;
  for (const segment of ref.slice(1).split("/").filter(Boolean)) {
    const key = segment.replaceAll("~1", "/").replaceAll("~0", "~");
    node = isRecord(node) ? node[key] : undefined;
  }
  return node;
}
