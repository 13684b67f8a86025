import { z } from "zod";
import { isSyncSchema } from "../is-sync-schema.js";
import { schemaDescription, schemaName } from "../schema-identity.js";
import { toJsonSchema } from "../to-json-schema.js";
import type { ModelSpec, Verdict } from "./model-spec.js";
import { needsWrapper } from "./root-wrapper.js";

/**
 * The fast path for zod (classic and mini): its own JSON Schema conversion (input side) and its
 * own parse, which is synchronous — zod's compiled fast path — when the schema can never meet a
 * promise ({@link isSyncSchema}).
 */
export function zodModelSpec<S extends z.core.$ZodType>(schema: S): ModelSpec<z.core.output<S>> {
  const jsonSchema = toJsonSchema(schema);
  const sync = isSyncSchema(schema);
  return {
    jsonSchema,
    wrapped: needsWrapper(jsonSchema),
    name: schemaName(schema),
    description: schemaDescription(z.globalRegistry.get(schema) ?? {}),
    check: (value) =>
      sync
        ? zodVerdict(z.safeParse(schema, value))
        : z.safeParseAsync(schema, value).then(zodVerdict),
  };
}

function zodVerdict<T>(result: z.ZodSafeParseResult<T>): Verdict<T> {
  return result.success
    ? { success: true, data: result.data }
    : { success: false, issues: result.error.issues, cause: result.error };
}
