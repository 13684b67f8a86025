import { type JsonSchema, Mode } from "@instr/core";
import { checkStrictLimits } from "./strict-limits.js";
import { type DialectContext, toStrictSchema } from "./strict-schema.js";

/**
 * The Cerebras schema dialect for `mode`. JSON_SCHEMA and TOOLS get the strict dialect (see
 * {@link toStrictSchema}) and its size limits; JSON and MD_JSON put the schema in the prompt, so
 * it is returned unchanged. Throws `UnsupportedSchemaError` before any request is sent.
 */
export function transformCerebrasSchema(
  schema: JsonSchema,
  mode: Mode,
  supportedModes: readonly Mode[],
): JsonSchema {
  if (mode !== Mode.JSON_SCHEMA && mode !== Mode.TOOLS) return schema;
  const context: DialectContext = { mode, supportedModes };
  const strict = toStrictSchema(schema, context);
  checkStrictLimits(strict, context);
  return strict;
}
