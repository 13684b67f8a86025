// Free names of the packages/cli/README.md snippets.
import type { ExtractOptions } from "@instr/cli";

export declare const options: ExtractOptions;
export const cwd = process.cwd();
