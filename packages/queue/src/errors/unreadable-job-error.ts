import { InstructorError } from "@instr/core";

/**
 * A job in Redis that no worker can run: its `data` or `opts` is not JSON, or its data is not an
 * extraction job. It fails at once, terminally, naming the job and why, and the worker goes on
 * with the next one.
 */
export class UnreadableJobError extends InstructorError {
  static override readonly isInstance = this.markerGuard("instr.error.unreadable-job");
  declare readonly jobId: string;
  /** What is wrong with it, e.g. `its data is not JSON (…)`. */
  declare readonly reason: string;

  constructor(fields: { jobId: string; reason: string }) {
    super(`Job ${fields.jobId} cannot be run: ${fields.reason}.`);
    this.name = "UnreadableJobError";
    this.assignFields(fields, ["jobId", "reason"]);
  }
}
