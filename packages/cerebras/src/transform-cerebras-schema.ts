import { type JsonSchema, Mode, toStrictJsonSchema } from "@instr/core/adapter";
import { cerebrasStrictDialect } from "./cerebras-strict-dialect.js";

/**
 * The Cerebras schema dialect for `mode`. JSON_SCHEMA and TOOLS get the strict dialect
 * ({@link cerebrasStrictDialect}, through core's `toStrictJsonSchema`); JSON and MD_JSON put the
 * schema in the prompt, so it is returned unchanged. Throws `UnsupportedSchemaError` (from
 * `@instr/core`) before any request is sent.
 */
export function transformCerebrasSchema(
  schema: JsonSchema,
  mode: Mode,
  supportedModes: readonly Mode[],
): JsonSchema {
  if (mode !== Mode.JSON_SCHEMA && mode !== Mode.TOOLS) return schema;
  return toStrictJsonSchema(schema, cerebrasStrictDialect, { mode, supportedModes });
}
