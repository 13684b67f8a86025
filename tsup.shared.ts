import type { Options } from "tsup";

/**
 * Build settings every package shares: ESM + CJS with type declarations, for Node 20.
 * Dependencies and peer dependencies stay external (tsup's default), so zod, vendor SDKs and
 * `@instr/core` are never bundled into another package.
 */
export function packageBuild(entry: Record<string, string>, overrides: Options = {}): Options {
  return {
    entry,
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    ...overrides,
  };
}
