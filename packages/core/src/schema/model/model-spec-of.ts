import { InstructorError } from "../../errors/instructor-error.js";
import { getOrInsert } from "../../memo/get-or-insert.js";
import type { JsonSchemaConverter, ResponseModel, ResponseOf } from "../../types/response-model.js";
import { isRecord } from "../strict/schema-node.js";
import { isZodSchema } from "./is-zod-schema.js";
import type { ModelSpec } from "./model-spec.js";
import { standardModelSpec } from "./standard-model-spec.js";
import { zodModelSpec } from "./zod-model-spec.js";

/** response model object -> its spec; weak, so nothing is kept alive. */
const cache = new WeakMap<object, ModelSpec<unknown>>();

/**
 * The spec of a response model: zod through its own fast path, any other Standard Schema
 * validator through `~standard` (and `converter` when it has no JSON Schema of its own). Built
 * once per schema object (the adapter-schema cache is keyed by the spec, so it must be stable);
 * `converter` is taken to be a pure function of the schema.
 *
 * @throws InstructorError when `schema` is no Standard Schema validator, has no JSON Schema path,
 *   or cannot be converted — before any request is sent.
 */
export function modelSpecOf<S extends ResponseModel>(
  schema: S,
  converter?: JsonSchemaConverter<S>,
): ModelSpec<ResponseOf<S>> {
  if (!isRecord(schema) && typeof schema !== "function") {
    throw new InstructorError(notAModel(schema));
  }
  const spec = getOrInsert(cache, schema, () =>
    isZodSchema(schema) ? zodModelSpec(schema) : standardSpec(schema, converter),
  );
  // Sound: the spec validates with `schema` itself, whose output type is ResponseOf<S>.
  return spec as ModelSpec<ResponseOf<S>>;
}

function standardSpec<S extends ResponseModel>(
  schema: S,
  converter: JsonSchemaConverter<S> | undefined,
): ModelSpec<unknown> {
  const props: unknown = schema["~standard"];
  if (!isRecord(props) || typeof props.validate !== "function") {
    throw new InstructorError(notAModel(schema));
  }
  return standardModelSpec(schema, converter);
}

function notAModel(value: unknown): string {
  return `responseModel must be a zod schema, a Standard Schema validator or jsonSchema(…); got ${value === null ? "null" : typeof value}.`;
}
