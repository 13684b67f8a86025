import type { z } from "zod";
import { InstructorError, type InstructorErrorOptions } from "./instructor-error.js";

const marker = "instr.error.validation";
const symbol = Symbol.for(marker);

/** The model's JSON parsed, but the value does not match the response model. */
export class ValidationError extends InstructorError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker isInstance reads via Symbol.for
  private readonly [symbol] = true;
  /** The zod issues, one per failed check. */
  readonly issues: readonly z.core.$ZodIssue[];
  /** The text the model wrote (tool arguments or content). */
  readonly rawText: string;
  /** The parsed JSON value that failed validation. */
  readonly value: unknown;

  constructor(
    message: string,
    fields: { issues: readonly z.core.$ZodIssue[]; rawText: string; value: unknown },
    options: InstructorErrorOptions = {},
  ) {
    super(message, options);
    this.name = "ValidationError";
    this.issues = fields.issues;
    this.rawText = fields.rawText;
    this.value = fields.value;
  }

  static override isInstance(error: unknown): error is ValidationError {
    return InstructorError.hasMarker(error, marker);
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), issues: this.issues, rawText: this.rawText };
  }
}
