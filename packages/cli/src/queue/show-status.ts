import {
  type FailedJob,
  getFailedJobs,
  type QueueStatusSample,
  watchQueueStatus,
} from "@instr/queue";
import type { ExtractIo } from "../extract/run-extract.js";
import { connectQueue, openQueue } from "./connect-queue.js";
import type { QueueTarget } from "./queue-target.js";

/** Options of `instr status`. */
export interface StatusOptions extends QueueTarget {
  /** Milliseconds between samples. */
  interval: number;
  /** Print one sample and exit. */
  once: boolean;
  /** List the failed jobs and exit. */
  failed: boolean;
  /** Most failed jobs listed. */
  limit: number;
}

/** One status line: counts, the completion rate and a 429 pause. */
function formatStatus(s: QueueStatusSample): string {
  const paused = s.pausedForMs > 0 ? `  paused ${(s.pausedForMs / 1000).toFixed(1)} s (429)` : "";
  return (
    `waiting ${s.waiting}  active ${s.active}  stalled ${s.stalled}  delayed ${s.delayed}  ` +
    `done ${s.completed}  failed ${s.failed}  rate ${s.completedPerSecond.toFixed(1)}/s${paused}`
  );
}

/** One line of `--failed`: the job id, its document (`meta.id`) and the error. */
function formatFailed(job: FailedJob): string {
  const document = job.meta?.id === undefined ? "-" : String(job.meta.id);
  return `${job.id}  ${document}  ${job.failedReason}`;
}

/**
 * `instr status`: the queue's counts and rate, live until Ctrl-C (rewritten in place on a
 * terminal, one line per sample otherwise), or once with `--once`; with `--failed`, the failed
 * jobs. Warns once when a restart of this Redis would lose the queue.
 */
export async function showStatus(
  options: StatusOptions,
  io: Pick<ExtractIo, "stderr" | "signal">,
): Promise<void> {
  await connectQueue(options, io, { warnIfVolatile: true, prefix: "instr" });
  const queue = openQueue(options, io);
  const live = io.stderr.isTTY === true && !options.once && !options.failed;
  try {
    if (options.failed) {
      const jobs = await getFailedJobs(queue, { limit: options.limit });
      for (const job of jobs) io.stderr.write(`${formatFailed(job)}\n`);
      io.stderr.write(
        `${jobs.length} failed jobs listed; \`instr retry\` puts them back in the queue.\n`,
      );
      return;
    }
    const samples = watchQueueStatus(queue, {
      intervalMs: options.interval,
      ...(io.signal === undefined ? {} : { signal: io.signal }),
    });
    for await (const sample of samples) {
      io.stderr.write(live ? `\r\x1b[K${formatStatus(sample)}` : `${formatStatus(sample)}\n`);
      if (options.once) break;
    }
    if (live) io.stderr.write("\n");
  } finally {
    await queue.close();
  }
}
