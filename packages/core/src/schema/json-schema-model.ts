import { z } from "zod";
import { InstructorError } from "../errors/instructor-error.js";
import { isRecord } from "./strict/schema-node.js";

/**
 * A plain JSON Schema as a response model: converted once with zod's `z.fromJSONSchema`, so
 * answers are validated by zod like those of any other response model (the `instr` CLI loads
 * `--schema file.json` through this same function). The result is typed `unknown`, or `T` when
 * a type argument is given — the caller's promise about the schema, as with `JSON.parse`: nothing
 * checks that `T` matches it.
 *
 * ```ts
 * type Person = { name: string; age?: number };
 * const person = await client.generate({
 *   responseModel: jsonSchema<Person>({
 *     type: "object",
 *     properties: { name: { type: "string" }, age: { type: "integer", minimum: 0 } },
 *     required: ["name"],
 *   }),
 *   model,
 *   prompt,
 * }); // typed Person
 * ```
 *
 * @throws InstructorError when `schema` is not a JSON object or uses what zod cannot read.
 */
export function jsonSchema<T = unknown>(schema: Record<string, unknown>): z.ZodType<T> {
  if (!isRecord(schema)) {
    throw new InstructorError("jsonSchema(schema) takes a JSON Schema object.");
  }
  try {
    return typedAs<T>(z.fromJSONSchema(schema));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new InstructorError(`The JSON Schema cannot be used as a response model: ${reason}`, {
      cause: error,
    });
  }
}

/** The caller's type argument, taken on trust (see {@link jsonSchema}). */
function typedAs<T>(schema: z.ZodType): z.ZodType<T> {
  return schema as z.ZodType<T>;
}
