import type { Mode } from "../types/mode.js";
import type { InstructorErrorOptions } from "./instructor-error.js";
import { InstructorError } from "./instructor-error.js";
import { UnsupportedModeError } from "./unsupported-mode-error.js";

const marker = "instr.error.unsupported-schema";
const symbol = Symbol.for(marker);

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
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker isInstance reads via Symbol.for
  private readonly [symbol] = true;
  /** JSON Pointer of the first issue (`""` is the root). */
  readonly pointer: string;
  /** Every issue found, in document order; never empty. */
  readonly issues: readonly SchemaIssue[];

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
    this.issues = fields.issues;
    this.pointer = fields.issues[0].pointer;
  }

  static override isInstance(error: unknown): error is UnsupportedSchemaError {
    return InstructorError.hasMarker(error, marker);
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), pointer: this.pointer, issues: this.issues };
  }
}
