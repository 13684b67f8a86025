import { InstructorError, type InstructorErrorOptions } from "./instructor-error.js";

/** The model's answer is not valid JSON, holds no JSON, or breaks a size or depth limit. */
export class JsonParseError extends InstructorError {
  static override readonly isInstance = this.markerGuard("instr.error.json-parse");
  /** The text that failed to parse (possibly the prefix received so far, when streaming). */
  declare readonly rawText: string;
  /** Character offset of the problem in `rawText`, when known. */
  declare readonly position: number | undefined;
  /**
   * What the developer can change when re-asking will not help (e.g. another mode); shown in
   * the `RetryError` message, never sent to the model.
   */
  declare readonly hint: string | undefined;

  constructor(
    message: string,
    fields: { rawText: string; position?: number; hint?: string },
    options: InstructorErrorOptions = {},
  ) {
    super(message, options);
    this.name = "JsonParseError";
    this.assignFields(fields, ["rawText", "position", "hint"]);
  }
}
