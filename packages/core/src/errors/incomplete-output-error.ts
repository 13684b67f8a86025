import type { Usage } from "../types/usage.js";
import { InstructorError, type InstructorErrorOptions } from "./instructor-error.js";

const marker = "instr.error.incomplete-output";
const symbol = Symbol.for(marker);

/**
 * The answer is cut off: the model stopped at its token limit (`finish_reason: length`), or its
 * stream ended before the model finished (no finish reason).
 */
export class IncompleteOutputError extends InstructorError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker isInstance reads via Symbol.for
  private readonly [symbol] = true;
  /** The truncated text the model wrote. */
  readonly rawText: string;
  readonly usage: Usage | undefined;

  constructor(
    message: string,
    fields: { rawText: string; usage?: Usage },
    options: InstructorErrorOptions = {},
  ) {
    super(message, options);
    this.name = "IncompleteOutputError";
    this.rawText = fields.rawText;
    this.usage = fields.usage;
  }

  static override isInstance(error: unknown): error is IncompleteOutputError {
    return InstructorError.hasMarker(error, marker);
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), rawText: this.rawText, usage: this.usage };
  }
}
