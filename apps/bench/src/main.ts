import { fileURLToPath } from "node:url";
import { runAiSdkBench } from "./ai-sdk/run-ai-sdk-bench.js";
import { runBatchBench } from "./batch/run-batch-bench.js";
import { runCacheBench } from "./batch/run-cache-bench.js";
import { benchConfig } from "./bench-config.js";
import { runEventStreamBench } from "./event-stream/run-event-stream-bench.js";
import { runIterableBench } from "./iterable/run-iterable-bench.js";
import { runOverheadBench } from "./overhead/run-overhead-bench.js";
import { runPartialBench } from "./partial/run-partial-bench.js";
import { environment } from "./report/environment.js";
import { peerVersions } from "./report/peer-versions.js";
import { formatSection } from "./report/print-section.js";
import type { SectionResult } from "./report/section-result.js";
import { writeResults } from "./report/write-results.js";
import { runTelemetryBench } from "./telemetry/run-telemetry-bench.js";

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
const runners = {
  partial: () => runPartialBench(benchConfig.partial),
  iterable: () => runIterableBench(benchConfig.iterable),
  overhead: () => runOverheadBench(benchConfig.overhead),
  batch: () => runBatchBench(benchConfig.batch),
  cache: () => runCacheBench(benchConfig.cache),
  browser: () => runEventStreamBench(benchConfig.browser),
  telemetry: () => runTelemetryBench(benchConfig.telemetry),
  "ai-sdk": () => runAiSdkBench(benchConfig.aiSdk),
};
// `pnpm bench overhead iterable` runs only those sections (and saves no results file).
const only = process.argv.slice(2).filter((arg) => arg !== "--");
const unknown = only.filter((name) => !Object.hasOwn(runners, name));
if (unknown.length > 0) {
  throw new Error(
    `unknown section(s) ${unknown.join(", ")}; known: ${Object.keys(runners).join(", ")}`,
  );
}
for (const [name, run] of Object.entries(runners)) {
  if (only.length > 0 && !only.includes(name)) continue;
  const section = await run();
  sections.push(section);
  console.log(formatSection(section));
}

const seconds = ((performance.now() - started) / 1000).toFixed(0);
if (only.length > 0) {
  console.log(`\nDone in ${seconds} s (sections ${only.join(", ")} only; no results file)`);
} else {
  const path = fileURLToPath(new URL("../results/latest.json", import.meta.url));
  await writeResults(path, {
    date: new Date().toISOString(),
    environment: { ...env, loadAverage1mAtEnd: environment().loadAverage1m },
    peers,
    sections: sections.map(({ title, verdict, notes, data }) => ({ title, verdict, notes, data })),
  });
  console.log(`\nDone in ${seconds} s; results in ${path}`);
}
