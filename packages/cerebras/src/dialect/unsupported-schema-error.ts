import { type InstructorErrorOptions, type Mode, UnsupportedModeError } from "@instr/core";
import { showPointer } from "./json-pointer.js";

/** Where Cerebras documents what strict mode accepts. */
export const STRICT_SCHEMA_DOCS =
  "https://inference-docs.cerebras.ai/capabilities/structured-outputs#supported-schemas";

/**
 * The schema holds a construct Cerebras strict mode rejects (or breaks one of its size limits).
 * Thrown by `transformSchema`, before any request. It is an {@link UnsupportedModeError}, so
 * `UnsupportedModeError.isInstance` matches it; `pointer` is the JSON Pointer of the construct.
 */
export class UnsupportedSchemaError extends UnsupportedModeError {
  /** JSON Pointer (RFC 6901) of the offending construct in the JSON Schema; `""` is the root. */
  readonly pointer: string;

  constructor(
    problem: string,
    fields: { mode: Mode; pointer: string; supportedModes: readonly Mode[] },
    options: InstructorErrorOptions = {},
  ) {
    super(
      `Cerebras strict mode cannot take this schema: ${problem} (at ${showPointer(fields.pointer)}). ` +
        `See ${STRICT_SCHEMA_DOCS}; Mode.JSON and Mode.MD_JSON accept any schema.`,
      { mode: fields.mode, provider: "cerebras", supportedModes: fields.supportedModes },
      options,
    );
    this.name = "UnsupportedSchemaError";
    this.pointer = fields.pointer;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), pointer: this.pointer };
  }
}
