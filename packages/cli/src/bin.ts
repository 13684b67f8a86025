#!/usr/bin/env node
import { CliError } from "./cli-error.js";
import { createProgram } from "./program.js";

const controller = new AbortController();
// Exit status after a signal: 128 + its number, as shells report it.
const signalCodes = { SIGINT: 130, SIGTERM: 143 } as const;
let signalCode: number | undefined;
// First Ctrl-C or SIGTERM (what systemd, Docker and Kubernetes send): stop cleanly — a run keeps
// its results (rerun to resume), a worker finishes or releases its jobs. Second: exit now.
for (const [name, code] of Object.entries(signalCodes)) {
  process.on(name, () => {
    if (controller.signal.aborted) process.exit(signalCode ?? code);
    signalCode = code;
    controller.abort(new CliError("interrupted; rerun the same command to resume."));
  });
}

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
    process.exitCode = controller.signal.aborted ? (signalCode ?? 130) : 1;
  } else {
    process.stderr.write(
      `instr: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  }
});
