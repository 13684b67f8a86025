import type { ValidationIssue } from "../types/validation-issue.js";
import { InstructorError, type InstructorErrorOptions } from "./instructor-error.js";

const marker = "instr.error.validation";
const symbol = Symbol.for(marker);

/** The model's JSON parsed, but the value does not match the response model. */
export class ValidationError extends InstructorError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker isInstance reads via Symbol.for
  private readonly [symbol] = true;
  /**
   * One per failed check, at the user's paths (a wrapped root's wrapper never shows): zod's own
   * issues for a zod response model, Standard Schema issues (paths flattened to keys) otherwise.
   */
  readonly issues: readonly ValidationIssue[];
  /** The text the model wrote (tool arguments or content). */
  readonly rawText: string;
  /** The parsed JSON value that failed validation. */
  readonly value: unknown;

  constructor(
    message: string,
    fields: { issues: readonly ValidationIssue[]; rawText: string; value: unknown },
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
