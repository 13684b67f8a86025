import type { ValidationIssue } from "../types/validation-issue.js";
import { InstructorError, type InstructorErrorOptions } from "./instructor-error.js";

/** The model's JSON parsed, but the value does not match the response model. */
export class ValidationError extends InstructorError {
  static override readonly isInstance = this.markerGuard("instr.error.validation");
  /**
   * One per failed check, at the user's paths (a wrapped root's wrapper never shows): zod's own
   * issues for a zod response model, Standard Schema issues (paths flattened to keys) otherwise.
   */
  declare readonly issues: readonly ValidationIssue[];
  /** The text the model wrote (tool arguments or content). */
  declare readonly rawText: string;
  /** The parsed JSON value that failed validation (not in `toJSON`: `rawText` already says it). */
  declare readonly value: unknown;

  constructor(
    message: string,
    fields: { issues: readonly ValidationIssue[]; rawText: string; value: unknown },
    options: InstructorErrorOptions = {},
  ) {
    super(message, options);
    this.name = "ValidationError";
    this.assignFields(fields, ["issues", "rawText"]);
    this.value = fields.value;
  }
}
