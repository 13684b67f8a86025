import { Command } from "commander";
import type { CommandContext } from "../command-support/command-context.js";
import type { QueueTarget } from "../queue/queue-target.js";
import { addQueueTargetOptions, queueOption } from "../queue/queue-target.js";
import { retryFailed } from "../queue/retry-failed.js";

/** `instr retry`: puts every failed job of a queue back in it. */
export function retryCommand(context: CommandContext): Command {
  const command = new Command("retry")
    .description("put every failed job of a queue back in it, with its attempts reset")
    .addOption(queueOption("Redis URL of the queue").makeOptionMandatory());
  return addQueueTargetOptions(command).action(async (options: QueueTarget) => {
    await retryFailed(options, context);
  });
}
