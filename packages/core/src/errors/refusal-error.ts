import { InstructorError, type InstructorErrorOptions } from "./instructor-error.js";

const marker = "instr.error.refusal";
const symbol = Symbol.for(marker);

/** The model refused to answer, or the provider's content filter stopped it. */
export class RefusalError extends InstructorError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker isInstance reads via Symbol.for
  private readonly [symbol] = true;
  /** The refusal text, when the provider gave one. */
  readonly refusal: string;

  constructor(message: string, fields: { refusal: string }, options: InstructorErrorOptions = {}) {
    super(message, options);
    this.name = "RefusalError";
    this.refusal = fields.refusal;
  }

  static override isInstance(error: unknown): error is RefusalError {
    return InstructorError.hasMarker(error, marker);
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), refusal: this.refusal };
  }
}
