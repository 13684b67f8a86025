import { Mode } from "@instr/core";
import { Command, Option } from "commander";
import { apiKeyHelp, providerOption } from "../providers/provider-option.js";
import { queueNameOption, queueOption } from "../queue/queue-target.js";
import { runWorker, type WorkerOptions } from "../queue/run-worker.js";
import type { CommandContext } from "./command-context.js";
import { integerAtLeast } from "./parse-number.js";

/** `instr worker`: runs queued extractions (see `instr extract --queue`). */
export function workerCommand(context: CommandContext): Command {
  return new Command("worker")
    .description("run extraction jobs from a Redis queue (start one per process or machine)")
    .addOption(queueOption("Redis URL of the queue").makeOptionMandatory())
    .addOption(queueNameOption())
    .requiredOption(
      "--schema <files...>",
      "the schemas this worker extracts, given as to `instr extract --schema`",
    )
    .option("--concurrency <n>", "jobs in flight in this process", integerAtLeast(1), 8)
    .option(
      "--rpm <n>",
      "the account's requests per minute, shared by all workers",
      integerAtLeast(1),
    )
    .option("--out <file>", "results JSONL (default: the Redis hash <queue-name>:results)")
    .option("--failures <file>", "final failures JSONL, with --out")
    .option("--no-cache", "do not share validated answers between workers through Redis")
    .addOption(providerOption())
    .option("--base-url <url>", "the provider's API endpoint (e.g. a loopback mock server)")
    .addOption(new Option("--mode <mode>", "structured-output mode").choices(Object.values(Mode)))
    .option("--max-retries <n>", "re-asks after an invalid answer", integerAtLeast(0))
    .addHelpText("after", `\n${apiKeyHelp} Ctrl-C finishes the jobs in hand, then exits.`)
    .action(async (options: WorkerOptions) => {
      const summary = await runWorker(options, context);
      context.stderr.write(
        `instr worker: ${summary.completed} done, ${summary.failed} failed; stopped.\n`,
      );
    });
}
