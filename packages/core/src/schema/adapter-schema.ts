import type { z } from "zod";
import { InstructorError } from "../errors/instructor-error.js";
import { UnsupportedModeError } from "../errors/unsupported-mode-error.js";
import type { AdapterSchema, ProviderAdapter } from "../types/adapter.js";
import type { JsonSchema } from "../types/json-schema.js";
import type { Mode } from "../types/mode.js";
import { deepFreeze } from "./deep-freeze.js";
import { schemaDescription, schemaName } from "./schema-identity.js";
import { toJsonSchema } from "./to-json-schema.js";

/** adapter -> response model -> mode -> the finished schema part; weak, so nothing is kept alive. */
const cache = new WeakMap<ProviderAdapter, WeakMap<z.ZodType, Map<Mode, AdapterSchema>>>();

/**
 * The schema part of an `AdapterRequest`: name, description and the JSON Schema after the
 * adapter's `transformSchema` for `mode`.
 *
 * `transformSchema` receives its own deep copy, so it may rewrite it in place. When it throws an
 * instr error (e.g. its own `UnsupportedModeError`), that error propagates unchanged; any other
 * throw becomes an `UnsupportedModeError` naming the provider and mode, with the throw as `cause`.
 *
 * The result is cached per (adapter, response model object, mode) and deeply frozen: building it
 * is most of instr's own work per call, and `transformSchema` is taken to be a pure function of
 * its arguments. Failures are not cached: a later call runs `transformSchema` again and throws a
 * fresh error.
 */
export function adapterSchema(
  adapter: ProviderAdapter,
  responseModel: z.ZodType,
  mode: Mode,
): AdapterSchema {
  let byModel = cache.get(adapter);
  if (byModel === undefined) {
    byModel = new WeakMap();
    cache.set(adapter, byModel);
  }
  let byMode = byModel.get(responseModel);
  if (byMode === undefined) {
    byMode = new Map();
    byModel.set(responseModel, byMode);
  }
  const cached = byMode.get(mode);
  if (cached !== undefined) return cached;
  const jsonSchema = transformed(adapter, toJsonSchema(responseModel), mode);
  const description = schemaDescription(responseModel);
  const schema = deepFreeze({
    name: schemaName(responseModel),
    ...(description === undefined ? {} : { description }),
    jsonSchema,
  });
  byMode.set(mode, schema);
  return schema;
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
