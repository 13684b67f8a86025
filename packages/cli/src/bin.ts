#!/usr/bin/env node
import { CliError } from "./cli-error.js";
import { createProgram } from "./program.js";

const controller = new AbortController();
// First Ctrl-C: stop cleanly (results so far are kept; rerun to resume). Second: exit now.
process.once("SIGINT", () => {
  controller.abort(new CliError("interrupted; rerun the same command to resume."));
  process.once("SIGINT", () => process.exit(130));
});

const program = createProgram({
  cwd: process.cwd(),
  env: process.env,
  stderr: process.stderr,
  signal: controller.signal,
  setExitCode: (code) => {
    process.exitCode = code;
  },
});

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof CliError) {
    process.stderr.write(`instr: ${error.message}\n`);
    process.exitCode = controller.signal.aborted ? 130 : 1;
  } else {
    process.stderr.write(
      `instr: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  }
});
