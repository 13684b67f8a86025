import { type JsonSchema, UnsupportedModeError } from "@instr/core";
import { strictSchemaIssues } from "./strict-schema-issues.js";
import { toStrictSchema } from "./to-strict-schema.js";

/** Result of fitting a schema to OpenAI's strict dialect. */
export type StrictSchemaResult = { ok: true; schema: JsonSchema } | { ok: false; issues: string[] };

/** Rewrites `schema` into OpenAI's strict dialect, or lists why it cannot be. */
export function fitStrictSchema(schema: JsonSchema): StrictSchemaResult {
  const strict = toStrictSchema(schema);
  const issues = strictSchemaIssues(strict);
  return issues.length === 0 ? { ok: true, schema: strict } : { ok: false, issues };
}

/** Builds the error for a schema that JSON_SCHEMA mode cannot send, listing every issue. */
export function strictSchemaError(
  provider: string,
  supportedModes: readonly UnsupportedModeError["mode"][],
  issues: readonly string[],
): UnsupportedModeError {
  return new UnsupportedModeError(
    `${provider} strict structured outputs cannot express this schema:\n- ${issues.join("\n- ")}\nUse Mode.TOOLS or Mode.JSON for it, or simplify the schema.`,
    { mode: "json_schema", provider, supportedModes },
  );
}
