import { Command } from "commander";
import { queueNameOption, queueOption } from "../queue/queue-target.js";
import { type StatusOptions, showStatus } from "../queue/show-status.js";
import type { CommandContext } from "./command-context.js";
import { integerAtLeast } from "./parse-number.js";

/** `instr status`: live counts and rate of a Redis queue. */
export function statusCommand(context: CommandContext): Command {
  return new Command("status")
    .description("show a queue's waiting / active / done / failed jobs and rate, live")
    .addOption(queueOption("Redis URL of the queue").makeOptionMandatory())
    .addOption(queueNameOption())
    .option("--interval <ms>", "time between samples", integerAtLeast(100), 1000)
    .option("--once", "print one sample and exit", false)
    .action(async (options: StatusOptions) => {
      await showStatus(options, context);
    });
}
