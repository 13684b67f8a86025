import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { offlineDemoOutputs } from "./demo-outputs.js";
import { withDemoOutputs } from "./readme-output-blocks.js";

/**
 * `pnpm readme:outputs`: rewrites the README's demo-output blocks from a fresh offline demo run
 * (`readme-output.test.ts` fails when they differ).
 */
const readme = fileURLToPath(new URL("../../../../README.md", import.meta.url));
const before = readFileSync(readme, "utf8");
const after = withDemoOutputs(before, await offlineDemoOutputs());
if (after === before) {
  console.log("README.md demo outputs are up to date.");
} else {
  writeFileSync(readme, after);
  console.log("README.md demo outputs rewritten from the offline demo.");
}
