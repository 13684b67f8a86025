import { z } from "zod";

/** The name used when the schema's metadata gives none. */
const DEFAULT_SCHEMA_NAME = "Response";

/**
 * The tool/schema name for a zod schema: its metadata `id` (an identifier by intent), else its
 * `title`; see {@link toolName}.
 */
export function schemaName(schema: z.core.$ZodType): string {
  const meta = z.globalRegistry.get(schema);
  return toolName([meta?.id, meta?.title]);
}

/**
 * The first non-blank string of `candidates`, sanitised to `^[a-zA-Z0-9_-]{1,64}$` (what
 * tool-calling providers accept): other characters become `_`, the name is cut to 64
 * characters, and an empty result (or no candidate) falls back to {@link DEFAULT_SCHEMA_NAME}.
 */
export function toolName(candidates: readonly unknown[]): string {
  const raw = candidates.find((v): v is string => typeof v === "string" && v.trim() !== "");
  if (raw === undefined) return DEFAULT_SCHEMA_NAME;
  const sanitised = raw
    .trim()
    .replace(/[^a-zA-Z0-9_-]/g, "_")
    .slice(0, 64);
  return sanitised.replace(/_/g, "") === "" ? DEFAULT_SCHEMA_NAME : sanitised;
}

/** The `description` of a schema's metadata (zod's `.describe()` / `.meta()`, a JSON Schema's), if any. */
export function schemaDescription(schema: { readonly description?: unknown }): string | undefined {
  const { description } = schema;
  return typeof description !== "string" || description.trim() === "" ? undefined : description;
}
