import { z } from "zod";

/** The name used when the schema's metadata gives none. */
const DEFAULT_SCHEMA_NAME = "Response";

/**
 * The tool/schema name for `schema`: its metadata `id` (an identifier by intent), else its
 * `title`, sanitised to `^[a-zA-Z0-9_-]{1,64}$` (what tool-calling providers accept):
 * other characters become `_`, the name is cut to 64 characters, and an empty result falls back
 * to {@link DEFAULT_SCHEMA_NAME}.
 */
export function schemaName(schema: z.ZodType): string {
  const meta = z.globalRegistry.get(schema);
  const raw = [meta?.id, meta?.title].find((v) => typeof v === "string" && v.trim() !== "");
  if (raw === undefined) return DEFAULT_SCHEMA_NAME;
  const sanitised = raw
    .trim()
    .replace(/[^a-zA-Z0-9_-]/g, "_")
    .slice(0, 64);
  return sanitised.replace(/_/g, "") === "" ? DEFAULT_SCHEMA_NAME : sanitised;
}

/** The schema's description (`.describe()` or `.meta({ description })`), if any. */
export function schemaDescription(schema: z.ZodType): string | undefined {
  const description = schema.description;
  return description === undefined || description.trim() === "" ? undefined : description;
}
