import type { Queue } from "bullmq";

/** What a retry of failed jobs did. */
export interface RetrySummary {
  /** Failed jobs put back in the queue, with their attempts reset. */
  retried: number;
  /** Failed jobs whose stored JSON cannot be read (`UnreadableJobError`): left failed. */
  unreadable: string[];
}

/**
 * Puts the failed jobs among `ids` (all failed jobs when omitted) back in the queue with their
 * attempts reset, so a job that used up its retries gets all of them again.
 */
export async function retryFailedJobs(
  queue: Queue,
  ids?: readonly string[],
): Promise<RetrySummary> {
  const failedIds = ids ?? (await queue.getRanges(["failed"], 0, -1, true));
  const summary: RetrySummary = { retried: 0, unreadable: [] };
  for (const id of failedIds) {
    let job: Awaited<ReturnType<Queue["getJob"]>>;
    try {
      job = await queue.getJob(id);
    } catch {
      // Job.fromJSON threw: its data or opts is not JSON, and retrying cannot change that.
      summary.unreadable.push(id);
      continue;
    }
    if (job === undefined) continue; // removed meanwhile
    await job.retry("failed", { resetAttemptsMade: true, resetAttemptsStarted: true });
    summary.retried += 1;
  }
  return summary;
}
