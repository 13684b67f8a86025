import { InstructorError } from "../errors/instructor-error.js";
import { UnsupportedModeError } from "../errors/unsupported-mode-error.js";
import { getOrInsert } from "../memo/get-or-insert.js";
import { deepFreeze } from "../schema/deep-freeze.js";
import type { ModelSpec } from "../schema/model/model-spec.js";
import { wrapJsonSchema } from "../schema/model/root-wrapper.js";
import type { AdapterSchema, ProviderAdapter } from "../types/adapter.js";
import type { JsonSchema } from "../types/json-schema.js";
import type { Mode } from "../types/mode.js";

/** adapter -> model spec -> mode -> the finished schema part; weak, so nothing is kept alive. */
const cache = new WeakMap<ProviderAdapter, WeakMap<ModelSpec<unknown>, Map<Mode, AdapterSchema>>>();

/**
 * The schema part of an `AdapterRequest`: name, description and the JSON Schema after the
 * adapter's `transformSchema` for `mode`. A model whose root is not an object is sent wrapped
 * (`{ "value": … }`, see `root-wrapper`), so every adapter gets an object root.
 *
 * `transformSchema` receives its own deep copy, so it may rewrite it in place. When it throws an
 * instr error (e.g. its own `UnsupportedModeError`), that error propagates unchanged; any other
 * throw becomes an `UnsupportedModeError` naming the provider and mode, with the throw as `cause`.
 *
 * The result is cached per (adapter, model spec — one per response model object —, mode) and deeply frozen: building it
 * is most of instr's own work per call, and `transformSchema` is taken to be a pure function of
 * its arguments. Failures are not cached: a later call runs `transformSchema` again and throws a
 * fresh error.
 */
export function adapterSchema(
  adapter: ProviderAdapter,
  model: ModelSpec<unknown>,
  mode: Mode,
): AdapterSchema {
  const byModel = getOrInsert(cache, adapter, () => new WeakMap());
  const byMode = getOrInsert(byModel, model, () => new Map());
  const cached = byMode.get(mode);
  if (cached !== undefined) return cached;
  const wire = model.wrapped ? wrapJsonSchema(model.jsonSchema) : model.jsonSchema;
  const jsonSchema = transformed(adapter, wire, mode);
  const { description } = model;
  const schema = deepFreeze({
    name: model.name,
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
