import { toJsonSchema } from "@instr/core";
import type { z } from "zod";
import { stableHash } from "../hash/stable-hash.js";

/** Names a schema version inside a job: the registry name and the hash of its JSON Schema. */
export interface SchemaRef {
  name: string;
  hash: string;
}

/** A response model registered under a name, with the content hash that versions it. */
export interface ExtractionSchema<S extends z.ZodType = z.ZodType> extends SchemaRef {
  readonly responseModel: S;
}

// Job ids are `<schema name>-<hash>` and BullMQ ids may not contain ":".
const schemaName = /^[A-Za-z0-9_.-]+$/;

/**
 * Registers a zod schema for queued extraction. The hash covers its JSON Schema (as instr sends
 * it to the model), so a worker whose schema differs from the enqueuer's (another deploy,
 * another version) refuses the job instead of validating against the wrong shape.
 */
export function defineSchema<S extends z.ZodType>(
  name: string,
  responseModel: S,
): ExtractionSchema<S> {
  if (!schemaName.test(name)) {
    throw new TypeError(
      `Schema name ${JSON.stringify(name)} is invalid: use letters, digits, "_", "-" and "." only.`,
    );
  }
  const hash = stableHash(toJsonSchema(responseModel)).slice(0, 16);
  return { name, hash, responseModel };
}

/** The JSON-serialisable reference to a schema that travels inside a job. */
export function schemaRef(schema: SchemaRef): SchemaRef {
  return { name: schema.name, hash: schema.hash };
}
