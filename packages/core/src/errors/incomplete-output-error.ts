import type { Usage } from "../types/usage.js";
import { InstructorError, type InstructorErrorOptions } from "./instructor-error.js";

/**
 * The answer is cut off: the model stopped at its token limit (`finish_reason: length`), or its
 * stream ended before the model finished (no finish reason).
 */
export class IncompleteOutputError extends InstructorError {
  static override readonly isInstance = this.markerGuard("instr.error.incomplete-output");
  /** The truncated text the model wrote. */
  declare readonly rawText: string;
  declare readonly usage: Usage | undefined;

  constructor(
    message: string,
    fields: { rawText: string; usage?: Usage },
    options: InstructorErrorOptions = {},
  ) {
    super(message, options);
    this.name = "IncompleteOutputError";
    this.assignFields(fields, ["rawText", "usage"]);
  }
}
