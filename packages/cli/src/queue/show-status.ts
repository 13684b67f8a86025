import { createExtractionQueue, type QueueStatusSample, watchQueueStatus } from "@instr/queue";
import type { ExtractIo } from "../extract/run-extract.js";
import type { QueueTarget } from "./queue-target.js";

/** Options of `instr status`. */
export interface StatusOptions extends QueueTarget {
  /** Milliseconds between samples. */
  interval: number;
  /** Print one sample and exit. */
  once: boolean;
}

/** One status line: counts, the completion rate and a 429 pause. */
function formatStatus(s: QueueStatusSample): string {
  const paused = s.pausedForMs > 0 ? `  paused ${(s.pausedForMs / 1000).toFixed(1)} s (429)` : "";
  return (
    `waiting ${s.waiting}  active ${s.active}  delayed ${s.delayed}  done ${s.completed}  ` +
    `failed ${s.failed}  rate ${s.completedPerSecond.toFixed(1)}/s${paused}`
  );
}

/**
 * `instr status`: the queue's counts and rate, live until Ctrl-C (rewritten in place on a
 * terminal, one line per sample otherwise), or once with `--once`.
 */
export async function showStatus(
  options: StatusOptions,
  io: Pick<ExtractIo, "stderr" | "signal">,
): Promise<void> {
  const queue = createExtractionQueue({ connection: options.queue, name: options.queueName });
  const live = io.stderr.isTTY === true && !options.once;
  try {
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
