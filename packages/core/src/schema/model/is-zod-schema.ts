import type { z } from "zod";

/**
 * True for a zod 4 schema, classic or mini, from any copy of zod (a user's module may bring its
 * own), which `instanceof` would miss: every zod 4 schema carries its internals under `_zod`.
 */
export function isZodSchema(value: unknown): value is z.core.$ZodType {
  return typeof value === "object" && value !== null && "_zod" in value && "~standard" in value;
}
