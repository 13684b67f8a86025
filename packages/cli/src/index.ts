export { CliError } from "./cli-error.js";
export type { CommandContext } from "./command-support/command-context.js";
export { commands } from "./commands/index.js";
export type { ExtractOptions, ExtractSummary } from "./extract/extract-options.js";
export { type ExtractIo, runExtract } from "./extract/run-extract.js";
export { createProgram } from "./program.js";
