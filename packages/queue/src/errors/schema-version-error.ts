import { InstructorError } from "@instr/core";

const marker = "instr.error.schema-version";
const symbol = Symbol.for(marker);

/**
 * A job names a schema this worker does not have, or the worker's schema of that name has a
 * different content hash (another version). Retrying on the same worker cannot help, so the job
 * fails terminally.
 */
export class SchemaVersionError extends InstructorError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker isInstance reads via Symbol.for
  private readonly [symbol] = true;
  readonly schemaName: string;
  /** The hash the job was enqueued with. */
  readonly expectedHash: string;
  /** The hash of the worker's schema of that name; undefined when it has none. */
  readonly actualHash: string | undefined;

  constructor(fields: {
    schemaName: string;
    expectedHash: string;
    actualHash: string | undefined;
  }) {
    super(
      fields.actualHash === undefined
        ? `This worker has no schema named "${fields.schemaName}" (the job expects version ${fields.expectedHash}).`
        : `Schema "${fields.schemaName}" version mismatch: the job expects ${fields.expectedHash}, this worker has ${fields.actualHash}. Deploy the same schema to enqueuers and workers.`,
    );
    this.name = "SchemaVersionError";
    this.schemaName = fields.schemaName;
    this.expectedHash = fields.expectedHash;
    this.actualHash = fields.actualHash;
  }

  static override isInstance(error: unknown): error is SchemaVersionError {
    return InstructorError.hasMarker(error, marker);
  }

  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      schemaName: this.schemaName,
      expectedHash: this.expectedHash,
      actualHash: this.actualHash,
    };
  }
}
