import type { Mode } from "../types/mode.js";
import { InstructorError, type InstructorErrorOptions } from "./instructor-error.js";

const marker = "instr.error.unsupported-mode";
const symbol = Symbol.for(marker);

/**
 * The adapter does not support the requested mode, or cannot express the schema in it. Thrown
 * before any request is sent.
 */
export class UnsupportedModeError extends InstructorError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker isInstance reads via Symbol.for
  private readonly [symbol] = true;
  readonly mode: Mode;
  readonly provider: string;
  readonly supportedModes: readonly Mode[];

  constructor(
    message: string,
    fields: { mode: Mode; provider: string; supportedModes: readonly Mode[] },
    options: InstructorErrorOptions = {},
  ) {
    super(message, options);
    this.name = "UnsupportedModeError";
    this.mode = fields.mode;
    this.provider = fields.provider;
    this.supportedModes = fields.supportedModes;
  }

  static override isInstance(error: unknown): error is UnsupportedModeError {
    return InstructorError.hasMarker(error, marker);
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      mode: this.mode,
      provider: this.provider,
      supportedModes: this.supportedModes,
    };
  }
}
