import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import { CliError } from "../cli-error.js";

/**
 * The files named by `--input`: literal paths (which must exist) and glob patterns (which must
 * match something), relative to `cwd`, in the order given, globs sorted, without duplicates.
 */
export async function resolveInputFiles(
  patterns: readonly string[],
  cwd: string,
): Promise<string[]> {
  const files = new Set<string>();
  for (const pattern of patterns) {
    if (isDynamicPattern(pattern)) {
      const matches = await glob(pattern, { cwd, onlyFiles: true, expandDirectories: false });
      if (matches.length === 0) throw new CliError(`--input ${pattern} matches no file.`);
      for (const match of matches.sort()) files.add(match);
      continue;
    }
    const info = await stat(resolve(cwd, pattern)).catch(() => undefined);
    if (!info?.isFile()) throw new CliError(`--input ${pattern} is not a file.`);
    files.add(pattern);
  }
  return [...files];
}
