import { Mode } from "@instr/core";
import { Command, Option } from "commander";
import type { CommandContext } from "../command-support/command-context.js";
import { integerAtLeast } from "../command-support/parse-number.js";
import { apiKeyHelp, providerOption } from "../providers/provider-option.js";
import { addQueueTargetOptions, queueOption } from "../queue/queue-target.js";
import { runWorker, type WorkerOptions } from "../queue/run-worker.js";
import { parseRate } from "./parse-rate.js";

/** `instr worker`: runs queued extractions (see `instr extract --queue`). */
export function workerCommand(context: CommandContext): Command {
  const command = new Command("worker")
    .description("run extraction jobs from a Redis queue (start one per process or machine)")
    .addOption(queueOption("Redis URL of the queue").makeOptionMandatory());
  return addQueueTargetOptions(command)
    .requiredOption(
      "--schema <files...>",
      "the schemas this worker extracts, given as to `instr extract --schema`",
    )
    .option("--concurrency <n>", "jobs in flight in this process", integerAtLeast(1), 8)
    .addOption(
      new Option(
        "--rate <n/unit>",
        "the account's request limit, shared by all workers: <n>/s or <n>/m (e.g. 50/s)",
      )
        .argParser(parseRate)
        .conflicts("rpm"),
    )
    .option(
      "--rpm <n>",
      "the account's requests per minute (the same as --rate <n>/m)",
      integerAtLeast(1),
    )
    .option(
      "--lock-duration <ms>",
      "job lock; with the defaults a killed worker's jobs are back in the queue within ~8 s",
      integerAtLeast(100),
      5000,
    )
    .option(
      "--stalled-interval <ms>",
      "how often to look for jobs of dead workers",
      integerAtLeast(100),
      3000,
    )
    .option(
      "--grace <ms>",
      "on Ctrl-C / SIGTERM, how long jobs in hand may finish before going back to the queue",
      integerAtLeast(0),
      10_000,
    )
    .option("--out <file>", "results JSONL (default: the Redis hash <queue-name>:results)")
    .option("--failures <file>", "final failures JSONL, with --out")
    .option("--no-cache", "do not share validated answers between workers through Redis")
    .addOption(providerOption())
    .option("--base-url <url>", "the provider's API endpoint (e.g. a loopback mock server)")
    .addOption(new Option("--mode <mode>", "structured-output mode").choices(Object.values(Mode)))
    .option("--max-retries <n>", "re-asks after an invalid answer", integerAtLeast(0))
    .option(
      "--token-budget <n>",
      "no re-ask once a job's attempts have spent this many tokens",
      integerAtLeast(1),
    )
    .option("--otlp <url>", "export traces over OTLP/HTTP, e.g. http://localhost:4318")
    .addHelpText(
      "after",
      `\n${apiKeyHelp} Ctrl-C or SIGTERM stops taking jobs, lets those in hand finish for --grace ms, puts the rest back in the queue and exits 0; a second signal exits at once.`,
    )
    .action(async (options: WorkerOptions) => {
      const summary = await runWorker(options, context);
      context.stderr.write(
        `instr worker: ${summary.completed} done, ${summary.failed} failed; stopped.\n`,
      );
    });
}
