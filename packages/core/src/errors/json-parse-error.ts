import { InstructorError, type InstructorErrorOptions } from "./instructor-error.js";

const marker = "instr.error.json-parse";
const symbol = Symbol.for(marker);

/** The model's answer is not valid JSON, holds no JSON, or breaks a size or depth limit. */
export class JsonParseError extends InstructorError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker isInstance reads via Symbol.for
  private readonly [symbol] = true;
  /** The text that failed to parse (possibly the prefix received so far, when streaming). */
  readonly rawText: string;
  /** Character offset of the problem in `rawText`, when known. */
  readonly position: number | undefined;
  /**
   * What the developer can change when re-asking will not help (e.g. another mode); shown in
   * the `RetryError` message, never sent to the model.
   */
  readonly hint: string | undefined;

  constructor(
    message: string,
    fields: { rawText: string; position?: number; hint?: string },
    options: InstructorErrorOptions = {},
  ) {
    super(message, options);
    this.name = "JsonParseError";
    this.rawText = fields.rawText;
    this.position = fields.position;
    this.hint = fields.hint;
  }

  static override isInstance(error: unknown): error is JsonParseError {
    return InstructorError.hasMarker(error, marker);
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      rawText: this.rawText,
      position: this.position,
      ...(this.hint === undefined ? {} : { hint: this.hint }),
    };
  }
}
