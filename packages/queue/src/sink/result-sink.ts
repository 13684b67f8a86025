import type { Usage } from "@instr/core";
import type { SchemaRef } from "../schema/extraction-schema.js";

/** A finished extraction, as written to the sink and kept as the BullMQ job's return value. */
export interface ExtractionResult {
  jobId: string;
  schema: SchemaRef;
  /** The validated value. */
  data: unknown;
  /** Usage summed over every attempt of the successful run. */
  usage: Usage;
  /** Model calls the successful run made (1 unless it was re-asked). */
  attempts: number;
  meta?: Record<string, unknown>;
}

/** A failed run of a job: the typed error and what the model wrote. */
export interface ExtractionFailure {
  jobId: string;
  /** Absent when the job could not be read (an `UnreadableJobError`). */
  schema?: SchemaRef;
  /** The error's `toJSON()` (instr errors) or its name and message. */
  error: Record<string, unknown>;
  /** The model's last raw answer, when there was one. */
  rawOutput: string | null;
  /** BullMQ attempt number of this run (1-based). */
  attempt: number;
  /** True when the job will not be retried: it is now in the failed set. */
  final: boolean;
  meta?: Record<string, unknown>;
}

/**
 * Where workers put results. `write` must be idempotent per `jobId` for exactly-once output:
 * a job whose worker died after `write` but before BullMQ recorded completion runs again.
 */
export interface ResultSink {
  write(result: ExtractionResult): Promise<void>;
  /** Called once per job that failed for good (not for runs that will be retried). */
  fail?(failure: ExtractionFailure): Promise<void>;
  /**
   * The stored result of `jobId`, if any. When present, a re-run of that job (its completed
   * record was removed, or it was re-added) returns it without calling the model.
   */
  read?(jobId: string): Promise<ExtractionResult | undefined>;
  /** Releases connections or file handles; the worker calls it on close. */
  close?(): Promise<void>;
}
