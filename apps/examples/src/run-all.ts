import { startMockServer } from "@instr/mock-server";
import { providerSetups } from "./provider/demo-provider.js";
import { installProvider } from "./provider/install-provider.js";
import { DemoUsageError, parseDemoArgs } from "./provider/parse-demo-args.js";
import type { LineSink } from "./runner/create-context.js";
import {
  DEFAULT_MODEL,
  liveContext,
  offlineContext,
  SCRIPTED_LABEL,
} from "./runner/create-context.js";
import type { Example, ExampleContext } from "./runner/example-context.js";
import { runExamples } from "./runner/run-examples.js";

/**
 * `pnpm demo` runs every example, offline against the loopback mock server unless
 * CEREBRAS_API_KEY is set; `pnpm demo -- nested iterable` runs those only;
 * `pnpm demo -- --provider anthropic|google|openai` runs them offline through that provider's
 * instructor and SDK against its loopback wire. Exit code 1 when any example fails, 2 for an
 * unknown example or provider name.
 */
const args = parseArgsOrExit(process.argv.slice(2));
const provider = args.provider ?? "cerebras";
if (provider !== "cerebras") installProvider(provider);
// Imported only now: with a provider installed, their `@instr/cerebras` is the provider switch.
const { examples } = await import("./examples/index.js");

const known = examples.map((e) => e.name);
const unknown = args.names.filter((name) => !known.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown example(s): ${unknown.join(", ")}. Known: ${known.join(", ")}.`);
  process.exit(2);
}
const selected =
  args.names.length === 0 ? examples : examples.filter((e) => args.names.includes(e.name));
const sink: LineSink = (line) => console.log(line);
const apiKey = process.env.CEREBRAS_API_KEY;

if (apiKey && provider === "cerebras") {
  const model = process.env.CEREBRAS_MODEL || DEFAULT_MODEL;
  console.log(`LIVE: calling Cerebras with model ${model}; nothing is scripted.`);
  await runSelected(selected, liveContext(apiKey, model, sink));
} else {
  const setup = providerSetups[provider];
  const model = provider === "cerebras" ? process.env.CEREBRAS_MODEL || setup.model : setup.model;
  const server = await startMockServer({ dialect: setup.dialect });
  try {
    console.log(
      provider === "cerebras"
        ? `OFFLINE: the real Cerebras SDK talks to a loopback server (${server.url}) imitating ${model}.\n` +
            `Lines marked ${SCRIPTED_LABEL} show what it was told to answer. ` +
            "Set CEREBRAS_API_KEY to call Cerebras instead."
        : `OFFLINE, --provider ${provider}: each example's fromCerebras(…) builds ${setup.instructor} ` +
            `on ${setup.wire}, against a loopback server (${server.url}) imitating ${model}.\n` +
            `Lines marked ${SCRIPTED_LABEL} show what it was told to answer; the server sends it in that wire's shape.`,
    );
    await runSelected(selected, offlineContext(server, sink, model), server);
  } finally {
    await server.close();
  }
}

async function runSelected(
  chosen: readonly Example[],
  ctx: ExampleContext,
  server?: Parameters<typeof runExamples>[3],
): Promise<void> {
  const outcomes = await runExamples(chosen, ctx, sink, server);
  const failed = outcomes.filter((o) => !o.ok).map((o) => o.name);
  const tail = failed.length > 0 ? `; failed: ${failed.join(", ")}` : "";
  console.log(`\n${outcomes.length - failed.length}/${outcomes.length} examples passed${tail}.`);
  process.exitCode = failed.length > 0 ? 1 : 0;
}

function parseArgsOrExit(argv: readonly string[]) {
  try {
    return parseDemoArgs(argv);
  } catch (error) {
    if (!(error instanceof DemoUsageError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}
