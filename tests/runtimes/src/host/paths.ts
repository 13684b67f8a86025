import { fileURLToPath } from "node:url";

/** tests/runtimes, this package's folder. */
export const runtimesRoot = fileURLToPath(new URL("../..", import.meta.url));
/** The repository's root. */
export const repoRoot = fileURLToPath(new URL("../../../..", import.meta.url));
