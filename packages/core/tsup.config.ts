import { defineConfig } from "tsup";
import { packageBuild } from "../../tsup.shared.js";

export default defineConfig(
  packageBuild({
    index: "src/index.ts",
    "adapter/index": "src/adapter/index.ts",
    "testing/index": "src/testing/index.ts",
    "cache-fs/index": "src/cache/fs/index.ts",
  }),
);
