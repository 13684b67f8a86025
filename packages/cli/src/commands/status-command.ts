import { Command } from "commander";
import type { CommandContext } from "../command-support/command-context.js";
import { integerAtLeast } from "../command-support/parse-number.js";
import { addQueueTargetOptions, queueOption } from "../queue/queue-target.js";
import { type StatusOptions, showStatus } from "../queue/show-status.js";

/** `instr status`: live counts and rate of a Redis queue, or its failed jobs. */
export function statusCommand(context: CommandContext): Command {
  const command = new Command("status")
    .description(
      "show a queue's waiting / active / stalled / delayed / done / failed jobs and rate, live",
    )
    .addOption(queueOption("Redis URL of the queue").makeOptionMandatory());
  return addQueueTargetOptions(command)
    .option("--interval <ms>", "time between samples", integerAtLeast(100), 1000)
    .option("--once", "print one sample and exit", false)
    .option("--failed", "list the failed jobs (newest first: id, document, error) and exit", false)
    .option("--limit <n>", "with --failed: most jobs listed", integerAtLeast(1), 100)
    .action(async (options: StatusOptions) => {
      await showStatus(options, context);
    });
}
