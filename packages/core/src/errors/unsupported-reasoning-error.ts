import type { ReasoningEffort } from "../types/reasoning-effort.js";
import { InstructorError, type InstructorErrorOptions } from "./instructor-error.js";

/**
 * The model does not take the `reasoningEffort` asked for (it does not reason, or not with that
 * effort), as the adapter's capability table says. Thrown before any request is sent.
 */
export class UnsupportedReasoningError extends InstructorError {
  static override readonly isInstance = this.markerGuard("instr.error.unsupported-reasoning");
  declare readonly provider: string;
  declare readonly model: string;
  declare readonly reasoningEffort: ReasoningEffort;
  /** The efforts the model takes; empty when it takes none. */
  declare readonly supportedEfforts: readonly ReasoningEffort[];

  constructor(
    message: string,
    fields: {
      provider: string;
      model: string;
      reasoningEffort: ReasoningEffort;
      supportedEfforts: readonly ReasoningEffort[];
    },
    options: InstructorErrorOptions = {},
  ) {
    super(message, options);
    this.name = "UnsupportedReasoningError";
    this.assignFields(fields, ["provider", "model", "reasoningEffort", "supportedEfforts"]);
  }
}
