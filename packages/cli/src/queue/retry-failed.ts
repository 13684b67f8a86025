import type { CommandContext } from "../command-support/command-context.js";
import { connectQueue, openQueue } from "./connect-queue.js";
import type { QueueTarget } from "./queue-target.js";

/**
 * `instr retry`: every failed job back in the queue with its attempts reset; exit status 2 when
 * some could not be (their stored JSON is unreadable, so retrying cannot help).
 */
export async function retryFailed(target: QueueTarget, context: CommandContext): Promise<void> {
  const url = await connectQueue(target, context, { warnIfVolatile: false, prefix: "instr" });
  const queue = openQueue(target, context);
  try {
    const { retried, unreadable } = await queue.retryFailed();
    context.stderr.write(
      `instr: put ${retried} failed jobs of "${target.queueName}" at ${url} back in the queue` +
        (unreadable.length > 0
          ? `; ${unreadable.length} unreadable jobs stay failed: ${unreadable.join(", ")}`
          : "") +
        ".\n",
    );
    if (unreadable.length > 0) context.setExitCode(2);
  } finally {
    await queue.close();
  }
}
