import { Mode } from "@instr/core";
import { Command, Option } from "commander";
import type { CommandContext } from "../command-support/command-context.js";
import { finiteNumber, integerAtLeast } from "../command-support/parse-number.js";
import type { ExtractOptions } from "../extract/extract-options.js";
import { runExtract } from "../extract/run-extract.js";
import { formatUsage } from "../progress/format-usage.js";
import { apiKeyHelp, providerOption } from "../providers/provider-option.js";
import { enqueueFromCli } from "../queue/enqueue-extract.js";
import { addQueueTargetOptions, type QueueFlags, queueOption } from "../queue/queue-target.js";

const defaultSystem =
  "Extract the requested information from the document in the user's message. Use only what the document says.";

/** `instr extract`: bulk extraction with progress, cache and resume. */
export function extractCommand(context: CommandContext): Command {
  const command = new Command("extract")
    .description("extract structured data from many documents with one schema")
    .requiredOption(
      "--schema <file>",
      "JSON Schema (.json) or module exporting a zod schema (file.ts#Name)",
    )
    .requiredOption(
      "--input <paths...>",
      "files, glob patterns or .jsonl files (one document per line)",
    )
    .option(
      "--encoding <name>",
      "text encoding of the input files; text not valid in it fails its item",
      "utf-8",
    )
    .requiredOption("--model <id>", "model id, e.g. llama3.1-8b")
    .addOption(new Option("--mode <mode>", "structured-output mode").choices(Object.values(Mode)))
    .option("--concurrency <n>", "most requests in flight", integerAtLeast(1), 8)
    .option("--cache <dir>", "cache validated answers in this directory, across runs")
    .option(
      "--out <file>",
      "results JSONL (appended; items already in it are skipped)",
      "results.jsonl",
    )
    .option("--failures <file>", "failures JSONL (rewritten each run)", "failures.jsonl")
    .addOption(providerOption())
    .option("--base-url <url>", "the provider's API endpoint (e.g. a loopback mock server)")
    .option("--system <text>", "system prompt; each document is the user message", defaultSystem)
    .option("--max-retries <n>", "re-asks after an invalid answer", integerAtLeast(0))
    .option(
      "--token-budget <n>",
      "no re-ask once an item's attempts have spent this many tokens",
      integerAtLeast(1),
    )
    .option("--otlp <url>", "export traces over OTLP/HTTP, e.g. http://localhost:4318")
    .option("--temperature <t>", "sampling temperature", finiteNumber)
    .option("--max-tokens <n>", "completion token limit", integerAtLeast(1))
    .option("--no-progress", "no progress on stderr")
    .addOption(
      queueOption("enqueue for `instr worker` processes on this Redis instead of running here"),
    );
  return addQueueTargetOptions(command)
    .option("--no-retry-failed", "with --queue: leave jobs that failed before in the failed set")
    .addHelpText("after", `\n${apiKeyHelp} Exit status: 0 all done, 2 some items failed, 1 error.`)
    .action(async (options: ExtractOptions & QueueFlags & { retryFailed: boolean }) => {
      if (options.queue !== undefined) {
        await enqueueFromCli({ ...options, queue: options.queue }, context);
        return;
      }
      const summary = await runExtract(options, context);
      context.stderr.write(
        `instr: ${summary.succeeded} extracted, ${summary.failed} failed, ${summary.skipped} already done, ${summary.cacheHits} from cache, ${summary.rateLimited} rate-limited, ${formatUsage(summary.usage)}; results in ${options.out}` +
          (summary.failed > 0 ? `, failures in ${options.failures}` : "") +
          ".\n",
      );
      if (summary.failed > 0) context.setExitCode(2);
    });
}
