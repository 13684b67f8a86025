import type { Command } from "commander";
import type { CommandContext } from "../command-support/command-context.js";
import { extractCommand } from "./extract-command.js";
import { retryCommand } from "./retry-command.js";
import { statusCommand } from "./status-command.js";
import { workerCommand } from "./worker-command.js";

/** Every `instr` subcommand. A new one is a `(context) => Command` factory added here. */
export const commands: readonly ((context: CommandContext) => Command)[] = [
  extractCommand,
  workerCommand,
  statusCommand,
  retryCommand,
];
