import type { Mode } from "../types/mode.js";
import type { InstructorErrorOptions } from "./instructor-error.js";
import { UnsupportedModeError } from "./unsupported-mode-error.js";

/** One construct a provider's schema dialect cannot take. */
export interface SchemaIssue {
  /** JSON Pointer (RFC 6901) of the construct in the JSON Schema; `""` is the root. */
  readonly pointer: string;
  /** What is wrong, for humans, e.g. "`allOf` is not supported". */
  readonly problem: string;
}

/**
 * The response model's JSON Schema holds constructs the provider's schema dialect rejects (or
 * breaks one of its size limits). Thrown by an adapter's `transformSchema`, before any request.
 * It is an {@link UnsupportedModeError}, so `UnsupportedModeError.isInstance` matches it too.
 *
 * @example
 * ```ts
 * try {
 *   await instructor.generate({ responseModel, model, prompt });
 * } catch (error) {
 *   if (UnsupportedSchemaError.isInstance(error)) console.error(error.pointer, error.issues);
 * }
 * ```
 */
export class UnsupportedSchemaError extends UnsupportedModeError {
  static override readonly isInstance = this.markerGuard("instr.error.unsupported-schema");
  /** JSON Pointer of the first issue (`""` is the root). */
  declare readonly pointer: string;
  /** Every issue found, in document order; never empty. */
  declare readonly issues: readonly SchemaIssue[];

  constructor(
    message: string,
    fields: {
      mode: Mode;
      provider: string;
      supportedModes: readonly Mode[];
      issues: readonly [SchemaIssue, ...SchemaIssue[]];
    },
    options: InstructorErrorOptions = {},
  ) {
    super(message, fields, options);
    this.name = "UnsupportedSchemaError";
    this.assignFields({ ...fields, pointer: fields.issues[0].pointer }, ["pointer", "issues"]);
  }
}
