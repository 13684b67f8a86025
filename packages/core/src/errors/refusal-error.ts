import { InstructorError, type InstructorErrorOptions } from "./instructor-error.js";

/** The model refused to answer, or the provider's content filter stopped it. */
export class RefusalError extends InstructorError {
  static override readonly isInstance = this.markerGuard("instr.error.refusal");
  /** The refusal text, when the provider gave one. */
  declare readonly refusal: string;

  constructor(message: string, fields: { refusal: string }, options: InstructorErrorOptions = {}) {
    super(message, options);
    this.name = "RefusalError";
    this.assignFields(fields, ["refusal"]);
  }
}
