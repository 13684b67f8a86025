import type { StandardSchemaV1 } from "@standard-schema/spec";
import type { DeepPartial } from "./deep-partial.js";

/**
 * What `responseModel` accepts: any Standard Schema v1 validator (zod 4, valibot, ArkType, …)
 * that can give a JSON Schema of what the model must write — zod directly, others through the
 * Standard JSON Schema interface (`~standard.jsonSchema`) or the `toJsonSchema` option — or a
 * plain JSON Schema through `jsonSchema(schema)`. See docs/schemas.md.
 */
export type ResponseModel = StandardSchemaV1;

/** The validated value a response model yields (zod's output: transforms and defaults applied). */
export type ResponseOf<S extends ResponseModel> = StandardSchemaV1.InferOutput<S>;

/** What the model writes for a response model, before transforms and defaults. */
export type ResponseInputOf<S extends ResponseModel> = StandardSchemaV1.InferInput<S>;

/**
 * What `generatePartial` yields: every snapshot before the last is the model's unvalidated JSON
 * so far, typed as the deep-partial INPUT of the schema (no transform has run on it); the last
 * yield is the validated output. For a schema without transforms the two coincide.
 */
export type PartialResponseOf<S extends ResponseModel> =
  | DeepPartial<ResponseInputOf<S>>
  | ResponseOf<S>;

/**
 * Turns a response model that has no JSON Schema path of its own into a JSON Schema of what the
 * model must write (the schema's input side), e.g. valibot's `toJsonSchema` from
 * `@valibot/to-json-schema`. It must return a JSON object (checked). Used only for Standard Schema validators that do not implement
 * `~standard.jsonSchema`; zod schemas never need it.
 */
export type JsonSchemaConverter<S extends ResponseModel = ResponseModel> = (schema: S) => object;
