import type { MockServer } from "@instr/mock-server";
import { startMockServer } from "@instr/mock-server";
import { examples } from "./examples/index.js";
import {
  DEFAULT_MODEL,
  liveContext,
  offlineContext,
  SCRIPTED_LABEL,
} from "./runner/create-context.js";
import type { ExampleContext } from "./runner/example-context.js";
import { runExamples } from "./runner/run-examples.js";

/**
 * `pnpm demo` runs every example, offline against the loopback mock server unless
 * CEREBRAS_API_KEY is set; `pnpm demo -- nested iterable` runs those only. Exit code 1 when any
 * example fails, 2 for an unknown example name.
 */
const names = process.argv.slice(2).filter((arg) => arg !== "--"); // pnpm may pass "--" through
const known = examples.map((e) => e.name);
const unknown = names.filter((name) => !known.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown example(s): ${unknown.join(", ")}. Known: ${known.join(", ")}.`);
  process.exit(2);
}
const selected = names.length === 0 ? examples : examples.filter((e) => names.includes(e.name));
const sink = (line: string) => console.log(line);
const model = process.env.CEREBRAS_MODEL || DEFAULT_MODEL;
const apiKey = process.env.CEREBRAS_API_KEY;

if (apiKey) {
  console.log(`LIVE: calling Cerebras with model ${model}; nothing is scripted.`);
  await runSelected(liveContext(apiKey, model, sink));
} else {
  const server = await startMockServer();
  try {
    console.log(
      `OFFLINE: the real Cerebras SDK talks to a loopback server (${server.url}) imitating ${model}.\n` +
        `Lines marked ${SCRIPTED_LABEL} show what it was told to answer. ` +
        "Set CEREBRAS_API_KEY to call Cerebras instead.",
    );
    await runSelected(offlineContext(server, sink, model), server);
  } finally {
    await server.close();
  }
}

async function runSelected(ctx: ExampleContext, server?: MockServer): Promise<void> {
  const outcomes = await runExamples(selected, ctx, sink, server);
  const failed = outcomes.filter((o) => !o.ok).map((o) => o.name);
  const tail = failed.length > 0 ? `; failed: ${failed.join(", ")}` : "";
  console.log(`\n${outcomes.length - failed.length}/${outcomes.length} examples passed${tail}.`);
  process.exitCode = failed.length > 0 ? 1 : 0;
}
