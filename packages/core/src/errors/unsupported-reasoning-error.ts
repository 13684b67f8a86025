import type { ReasoningEffort } from "../types/reasoning-effort.js";
import { InstructorError, type InstructorErrorOptions } from "./instructor-error.js";

const marker = "instr.error.unsupported-reasoning";
const symbol = Symbol.for(marker);

/**
 * The model does not take the `reasoningEffort` asked for (it does not reason, or not with that
 * effort), as the adapter's capability table says. Thrown before any request is sent.
 */
export class UnsupportedReasoningError extends InstructorError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker isInstance reads via Symbol.for
  private readonly [symbol] = true;
  readonly provider: string;
  readonly model: string;
  readonly reasoningEffort: ReasoningEffort;
  /** The efforts the model takes; empty when it takes none. */
  readonly supportedEfforts: readonly ReasoningEffort[];

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
    this.provider = fields.provider;
    this.model = fields.model;
    this.reasoningEffort = fields.reasoningEffort;
    this.supportedEfforts = fields.supportedEfforts;
  }

  static override isInstance(error: unknown): error is UnsupportedReasoningError {
    return InstructorError.hasMarker(error, marker);
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      provider: this.provider,
      model: this.model,
      reasoningEffort: this.reasoningEffort,
      supportedEfforts: this.supportedEfforts,
    };
  }
}
