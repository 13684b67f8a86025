import { Command } from "commander";
import { version } from "../package.json";
import type { CommandContext } from "./command-support/command-context.js";
import { commands } from "./commands/index.js";

/** The `instr` program with every subcommand; `parseAsync(argv)` runs it. */
export function createProgram(context: CommandContext): Command {
  const program = new Command("instr")
    .description("Structured, validated, typed output from LLMs, in bulk.")
    .version(version)
    .showHelpAfterError()
    .configureOutput({ writeErr: (text) => context.stderr.write(text) });
  for (const command of commands) program.addCommand(command(context));
  return program;
}
