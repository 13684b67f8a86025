import { z } from "zod";
import { InstructorError } from "../errors/instructor-error.js";
import type { JsonSchema } from "../types/json-schema.js";
import { deepFreeze } from "./deep-freeze.js";
import { inlineRootRef } from "./inline-root-ref.js";

const cache = new WeakMap<z.core.$ZodType, JsonSchema>();

/**
 * The JSON Schema of what the model must WRITE for `schema`: zod's input side, so a field with a
 * default is optional and a transform or pipe is described by its input type.
 *
 * The result is cached per schema object and deeply frozen: treat it as read-only (copy it
 * before rewriting it). The `$schema` key is dropped, and a root `$ref` that zod emits for a
 * schema with an `id` in its metadata is inlined, because providers want an object at the root.
 *
 * @throws InstructorError when the schema has a part JSON cannot express (`z.date()` without a
 *   codec, `z.bigint()`, functions, maps, sets, …), before any request is sent.
 */
export function toJsonSchema(schema: z.core.$ZodType): JsonSchema {
  const cached = cache.get(schema);
  if (cached !== undefined) return cached;
  let converted: JsonSchema;
  try {
    converted = z.toJSONSchema(schema, { io: "input", unrepresentable: "throw" });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InstructorError(
      `The response model cannot be converted to JSON Schema: ${reason}. ` +
        "The model can only write JSON: use JSON-compatible types (e.g. z.iso.datetime() instead of z.date(), z.number() instead of z.bigint()).",
      { cause: error },
    );
  }
  const result = deepFreeze(inlineRootRef(converted));
  cache.set(schema, result);
  return result;
}
