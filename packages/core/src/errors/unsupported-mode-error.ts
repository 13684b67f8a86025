import type { Mode } from "../types/mode.js";
import { InstructorError, type InstructorErrorOptions } from "./instructor-error.js";

/**
 * The adapter does not support the requested mode, or cannot express the schema in it. Thrown
 * before any request is sent.
 */
export class UnsupportedModeError extends InstructorError {
  static override readonly isInstance = this.markerGuard("instr.error.unsupported-mode");
  declare readonly mode: Mode;
  declare readonly provider: string;
  declare readonly supportedModes: readonly Mode[];

  constructor(
    message: string,
    fields: { mode: Mode; provider: string; supportedModes: readonly Mode[] },
    options: InstructorErrorOptions = {},
  ) {
    super(message, options);
    this.name = "UnsupportedModeError";
    this.assignFields(fields, ["mode", "provider", "supportedModes"]);
  }
}
