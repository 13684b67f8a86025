import type { ExtractIo } from "../extract/run-extract.js";

/** What every command gets from the program: its environment and a way to set the exit code. */
export interface CommandContext extends ExtractIo {
  setExitCode(code: number): void;
}
