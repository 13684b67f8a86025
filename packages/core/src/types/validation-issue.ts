import type { z } from "zod";

/**
 * One failed check of a response model that is not zod: a Standard Schema issue with its path
 * flattened to keys (`[]` is the value itself).
 */
export interface StandardValidationIssue {
  readonly message: string;
  readonly path: readonly PropertyKey[];
  /** Absent: only zod issues carry a `code` (test `issue.code !== undefined` to narrow to one). */
  readonly code?: undefined;
}

/** One failed check: zod's own issue for a zod response model, else a Standard Schema issue. */
export type ValidationIssue = z.core.$ZodIssue | StandardValidationIssue;
