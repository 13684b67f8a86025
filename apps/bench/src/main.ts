import { fileURLToPath } from "node:url";
import { runBatchBench } from "./batch/run-batch-bench.js";
import { runCacheBench } from "./batch/run-cache-bench.js";
import { benchConfig } from "./bench-config.js";
import { runIterableBench } from "./iterable/run-iterable-bench.js";
import { runOverheadBench } from "./overhead/run-overhead-bench.js";
import { runPartialBench } from "./partial/run-partial-bench.js";
import { environment } from "./report/environment.js";
import { peerVersions } from "./report/peer-versions.js";
import { formatSection } from "./report/print-section.js";
import type { SectionResult } from "./report/section-result.js";
import { writeResults } from "./report/write-results.js";

// `pnpm bench`: every section in one process, printed as it finishes, then saved as JSON.
const started = performance.now();
const env = environment();
const peers = await peerVersions();
console.log(
  `instr bench — node ${env.node}, ${env.cpus} CPUs, load average ${env.loadAverage1m}; peers: ${Object.entries(
    peers,
  )
    .map(([name, version]) => `${name}@${version}`)
    .join(", ")}`,
);

const sections: SectionResult[] = [];
const runners = [
  () => runPartialBench(benchConfig.partial),
  () => runIterableBench(benchConfig.iterable),
  () => runOverheadBench(benchConfig.overhead),
  () => runBatchBench(benchConfig.batch),
  () => runCacheBench(benchConfig.cache),
];
for (const run of runners) {
  const section = await run();
  sections.push(section);
  console.log(formatSection(section));
}

const path = fileURLToPath(new URL("../results/latest.json", import.meta.url));
await writeResults(path, {
  date: new Date().toISOString(),
  environment: { ...env, loadAverage1mAtEnd: environment().loadAverage1m },
  peers,
  sections: sections.map(({ title, verdict, notes, data }) => ({ title, verdict, notes, data })),
});
console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(0)} s; results in ${path}`);
