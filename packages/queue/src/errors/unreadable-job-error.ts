import { InstructorError } from "@instr/core";

const marker = "instr.error.unreadable-job";
const symbol = Symbol.for(marker);

/**
 * A job in Redis that no worker can run: its `data` or `opts` is not JSON, or its data is not an
 * extraction job. It fails at once, terminally, naming the job and why, and the worker goes on
 * with the next one.
 */
export class UnreadableJobError extends InstructorError {
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: the marker isInstance reads via Symbol.for
  private readonly [symbol] = true;
  readonly jobId: string;
  /** What is wrong with it, e.g. `its data is not JSON (…)`. */
  readonly reason: string;

  constructor(fields: { jobId: string; reason: string }) {
    super(`Job ${fields.jobId} cannot be run: ${fields.reason}.`);
    this.name = "UnreadableJobError";
    this.jobId = fields.jobId;
    this.reason = fields.reason;
  }

  static override isInstance(error: unknown): error is UnreadableJobError {
    return InstructorError.hasMarker(error, marker);
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), jobId: this.jobId, reason: this.reason };
  }
}
