import type { AdapterSchema } from "../types/adapter.js";

/** The schema as the model reads it in a prompt: name, description and the JSON Schema. */
export function schemaPrompt(schema: AdapterSchema): string {
  const description = schema.description === undefined ? "" : `\n${schema.description}`;
  return `Schema "${schema.name}":${description}\n${JSON.stringify(schema.jsonSchema, null, 2)}`;
}
