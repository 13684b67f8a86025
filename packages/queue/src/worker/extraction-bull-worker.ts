import { safeJson } from "@instr/core/adapter";
import { type Job, type JobJsonRaw, Worker } from "bullmq";
import type { ExtractionJob } from "../job/extraction-job.js";
import type { ExtractionResult } from "../sink/result-sink.js";

/**
 * BullMQ's worker, except that a job whose `data` or `opts` is not JSON still becomes a job
 * (with empty data and options) instead of an error thrown inside BullMQ's fetch loop, which
 * leaves the job active until its lock expires and then fetches it again, forever. The
 * processor asks {@link unreadableReason} and fails such a job for good.
 */
export class ExtractionBullWorker extends Worker<ExtractionJob, ExtractionResult> {
  readonly #unreadable = new WeakMap<Job, string>();

  /** Why the job's stored JSON could not be read, or undefined when it could. */
  unreadableReason(job: Job): string | undefined {
    return this.#unreadable.get(job);
  }

  protected override createJob(
    raw: JobJsonRaw,
    jobId: string,
  ): Job<ExtractionJob, ExtractionResult> {
    try {
      return super.createJob(raw, jobId);
    } catch (error) {
      const field = safeJson(raw.data ?? "{}") === undefined ? "data" : "opts";
      const job = super.createJob({ ...raw, data: "{}", opts: "{}" }, jobId);
      const why = error instanceof Error ? error.message : String(error);
      this.#unreadable.set(job, `its ${field} is not JSON (${why})`);
      return job;
    }
  }
}
