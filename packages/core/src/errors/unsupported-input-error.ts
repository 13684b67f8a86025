import type { InputKind } from "../types/adapter.js";
import { InstructorError, type InstructorErrorOptions } from "./instructor-error.js";

const marker = "instr.error.unsupported-input";
const symbol = Symbol.for(marker);

/**
 * A message holds a content part the model cannot take (an image for a text-only model, a PDF
 * where only images go). Thrown before any request is sent; the message names the part, the
 * provider and the model.
 */
export class UnsupportedInputError extends InstructorError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker isInstance reads via Symbol.for
  private readonly [symbol] = true;
  readonly provider: string;
  readonly model: string;
  /** The kind of the rejected part. */
  readonly kind: InputKind;
  /** The rejected part's media type, when it has one. */
  readonly mediaType: string | undefined;
  /** Where the part is: the index of its message in the request, then of the part. */
  readonly messageIndex: number;
  readonly partIndex: number;
  /** What the model takes. */
  readonly supportedKinds: readonly InputKind[];

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
    this.provider = fields.provider;
    this.model = fields.model;
    this.kind = fields.kind;
    this.mediaType = fields.mediaType;
    this.messageIndex = fields.messageIndex;
    this.partIndex = fields.partIndex;
    this.supportedKinds = fields.supportedKinds;
  }

  static override isInstance(error: unknown): error is UnsupportedInputError {
    return InstructorError.hasMarker(error, marker);
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      provider: this.provider,
      model: this.model,
      kind: this.kind,
      mediaType: this.mediaType,
      messageIndex: this.messageIndex,
      partIndex: this.partIndex,
      supportedKinds: this.supportedKinds,
    };
  }
}
