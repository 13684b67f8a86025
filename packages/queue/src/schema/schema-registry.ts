import { SchemaVersionError } from "../errors/schema-version-error.js";
import type { ExtractionSchema, SchemaRef } from "./extraction-schema.js";

/** The schemas a worker can extract, by name. */
export interface SchemaRegistry {
  /** The registered schema for `ref`; throws {@link SchemaVersionError} when missing or another version. */
  resolve(ref: SchemaRef): ExtractionSchema;
}

/** Builds a registry; two schemas with the same name are a configuration error. */
export function createSchemaRegistry(schemas: readonly ExtractionSchema[]): SchemaRegistry {
  const byName = new Map<string, ExtractionSchema>();
  for (const schema of schemas) {
    if (byName.has(schema.name)) {
      throw new TypeError(`Schema "${schema.name}" is registered twice.`);
    }
    byName.set(schema.name, schema);
  }
  return {
    resolve(ref) {
      const schema = byName.get(ref.name);
      if (schema?.hash !== ref.hash) {
        throw new SchemaVersionError({
          schemaName: ref.name,
          expectedHash: ref.hash,
          actualHash: schema?.hash,
        });
      }
      return schema;
    },
  };
}
