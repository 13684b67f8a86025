import { defineConfig } from "tsup";
import { packageBuild } from "../../tsup.shared.js";

/**
 * Two builds, one after the other (`tsup && tsup --env.ENTRY testing`): the package entries as
 * ESM + CJS, then `@instr/core/testing` as ESM only into `dist/testing`. The testing entry
 * imports vitest, which cannot be loaded with `require`, so no CJS build of it is published.
 */
export default defineConfig((options) =>
  options.env?.ENTRY === "testing"
    ? packageBuild({ index: "src/testing/index.ts" }, { format: ["esm"], outDir: "dist/testing" })
    : packageBuild({
        index: "src/index.ts",
        "adapter/index": "src/adapter/index.ts",
        "cache-fs/index": "src/cache/fs/index.ts",
      }),
);
