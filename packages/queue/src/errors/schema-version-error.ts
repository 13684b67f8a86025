import { InstructorError } from "@instr/core";

/**
 * A job names a schema this worker does not have, or the worker's schema of that name has a
 * different content hash (another version). Retrying on the same worker cannot help, so the job
 * fails terminally.
 */
export class SchemaVersionError extends InstructorError {
  static override readonly isInstance = this.markerGuard("instr.error.schema-version");
  declare readonly schemaName: string;
  /** The hash the job was enqueued with. */
  declare readonly expectedHash: string;
  /** The hash of the worker's schema of that name; undefined when it has none. */
  declare readonly actualHash: string | undefined;

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
    this.assignFields(fields, ["schemaName", "expectedHash", "actualHash"]);
  }
}
