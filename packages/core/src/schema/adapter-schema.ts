import type { z } from "zod";
import { InstructorError } from "../errors/instructor-error.js";
import { UnsupportedModeError } from "../errors/unsupported-mode-error.js";
import type { AdapterSchema, ProviderAdapter } from "../types/adapter.js";
import type { JsonSchema } from "../types/json-schema.js";
import type { Mode } from "../types/mode.js";
import { schemaDescription, schemaName } from "./schema-identity.js";
import { toJsonSchema } from "./to-json-schema.js";

/**
 * The schema part of an `AdapterRequest`: name, description and the JSON Schema after the
 * adapter's `transformSchema` for `mode`.
 *
 * `transformSchema` receives its own deep copy, so it may rewrite it in place. When it throws an
 * instr error (e.g. its own `UnsupportedModeError`), that error propagates unchanged; any other
 * throw becomes an `UnsupportedModeError` naming the provider and mode, with the throw as `cause`.
 */
export function adapterSchema(
  adapter: ProviderAdapter,
  responseModel: z.ZodType,
  mode: Mode,
): AdapterSchema {
  const jsonSchema = transformed(adapter, toJsonSchema(responseModel), mode);
  const description = schemaDescription(responseModel);
  return {
    name: schemaName(responseModel),
    ...(description === undefined ? {} : { description }),
    jsonSchema,
  };
}

function transformed(adapter: ProviderAdapter, base: JsonSchema, mode: Mode): JsonSchema {
  if (adapter.transformSchema === undefined) return base;
  try {
    return adapter.transformSchema(structuredClone(base), mode);
  } catch (error) {
    if (InstructorError.isInstance(error)) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new UnsupportedModeError(
      `The ${adapter.provider} adapter cannot express this response model in mode "${mode}": ${reason}`,
      { mode, provider: adapter.provider, supportedModes: adapter.supportedModes },
      { cause: error },
    );
  }
}
