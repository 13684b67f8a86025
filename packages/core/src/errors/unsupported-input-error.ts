import type { InputKind } from "../types/adapter.js";
import { InstructorError, type InstructorErrorOptions } from "./instructor-error.js";

/**
 * A message holds a content part the model cannot take (an image for a text-only model, a PDF
 * where only images go). Thrown before any request is sent; the message names the part, the
 * provider and the model.
 */
export class UnsupportedInputError extends InstructorError {
  static override readonly isInstance = this.markerGuard("instr.error.unsupported-input");
  declare readonly provider: string;
  declare readonly model: string;
  /** The kind of the rejected part. */
  declare readonly kind: InputKind;
  /** The rejected part's media type, when it has one. */
  declare readonly mediaType: string | undefined;
  /** Where the part is: the index of its message in the request, then of the part. */
  declare readonly messageIndex: number;
  declare readonly partIndex: number;
  /** What the model takes. */
  declare readonly supportedKinds: readonly InputKind[];

  constructor(
    message: string,
    fields: {
      provider: string;
      model: string;
      kind: InputKind;
      mediaType?: string;
      messageIndex: number;
      partIndex: number;
      supportedKinds: readonly InputKind[];
    },
    options: InstructorErrorOptions = {},
  ) {
    super(message, options);
    this.name = "UnsupportedInputError";
    this.assignFields(fields, [
      "provider",
      "model",
      "kind",
      "mediaType",
      "messageIndex",
      "partIndex",
      "supportedKinds",
    ]);
  }
}
