import type { JsonSchema } from "../../types/json-schema.js";
import type { ValidationIssue } from "../../types/validation-issue.js";

/** What one check of a value found: the output, or the issues (`cause`: the library's error). */
export type Verdict<T> =
  | { readonly success: true; readonly data: T }
  | {
      readonly success: false;
      readonly issues: readonly ValidationIssue[];
      readonly cause?: unknown;
    };

/**
 * A response model as core uses it, whatever library it comes from (zod, a Standard Schema
 * validator, a plain JSON Schema): built once per schema object by `modelSpecOf`.
 */
export interface ModelSpec<T> {
  /** The JSON Schema of the value the model writes (the schema's input side); frozen. */
  readonly jsonSchema: JsonSchema;
  /**
   * True when the root of `jsonSchema` is not an object: the model is then
   * asked for `{ "value": … }` and the value is unwrapped before validation (see `root-wrapper`).
   */
  readonly wrapped: boolean;
  /** The tool / schema name (`^[a-zA-Z0-9_-]{1,64}$`). */
  readonly name: string;
  readonly description: string | undefined;
  /** Validates a value as written; sync when the library can answer at once. */
  check(value: unknown): Verdict<T> | Promise<Verdict<T>>;
}
