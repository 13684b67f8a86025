import {
  checkRedis,
  createExtractionQueue,
  type ExtractionQueue,
  persistenceWarning,
  RedisUnavailableError,
} from "@instr/queue";
import { CliError } from "../cli-error.js";
import type { ExtractIo } from "../extract/run-extract.js";
import type { QueueTarget } from "./queue-target.js";

/**
 * The first thing every queue command does: one bounded connection attempt, so an unreachable
 * Redis fails at once with one line naming the URL (exit status 1) instead of hanging while
 * BullMQ reconnects forever. With `warnIfVolatile`, says once on stderr when a restart of this
 * Redis would lose the queue. Resolves to the redacted URL for messages.
 */
export async function connectQueue(
  target: QueueTarget,
  io: Pick<ExtractIo, "stderr">,
  options: { warnIfVolatile: boolean; prefix: string },
): Promise<string> {
  try {
    const check = await checkRedis(target.queue, { timeoutMs: target.connectTimeout });
    const warning = options.warnIfVolatile ? persistenceWarning(check) : undefined;
    if (warning !== undefined) io.stderr.write(`${options.prefix}: warning: ${warning}\n`);
    return check.url;
  } catch (error) {
    if (RedisUnavailableError.isInstance(error))
      throw new CliError(error.message, { cause: error });
    throw error;
  }
}

/** The queue of a queue command; its connection errors go to stderr, one line per reconnect step. */
export function openQueue(target: QueueTarget, io: Pick<ExtractIo, "stderr">): ExtractionQueue {
  return createExtractionQueue({
    connection: target.queue,
    name: target.queueName,
    onError: (error) => io.stderr.write(`instr: ${error.message}\n`),
  });
}
