// `pnpm --filter @instr/runtimes smoke`: packs the public packages, installs them outside the
// workspace and runs the smoke program on Node 20, 22 and 24, Bun, Deno, workerd and Chromium,
// all at once, against two loopback servers (Cerebras and OpenAI dialects). One line per
// runtime; exits 1 when any fails.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startMockServer } from "@instr/mock-server";
import type { SmokeOutcome, SmokeTarget } from "../smoke/smoke-program.js";
import { buildSmoke, type SmokeBuild } from "./build-smoke.js";
import { runInChromium } from "./run-chromium.js";
import { runProcess } from "./run-process.js";
import { runInWorkerd } from "./run-workerd.js";
import { bunBinary, denoLauncher, nodeBinary } from "./runtime-binaries.js";
import { parseOutcome } from "./smoke-outcome-json.js";
import { smokeReply } from "./smoke-replies.js";

/** Per runtime; a healthy run takes a few seconds, most of it the abort case's slow stream. */
const TIMEOUT_MS = 90_000;

type Runtime = (build: SmokeBuild, target: SmokeTarget) => Promise<SmokeOutcome>;

const inProcess =
  (command: () => string, args: (entry: string) => string[]): Runtime =>
  async (build, target) => {
    const result = await runProcess(
      command(),
      [...args(build.nodeEntry), target.cerebrasURL, target.openaiURL],
      { cwd: build.project, timeoutMs: TIMEOUT_MS },
    );
    const outcome = parseOutcome(result.stdout.trim().split("\n").at(-1) ?? "");
    if (outcome.ok && result.code !== 0) return { ok: false, error: `exit code ${result.code}` };
    return outcome.ok ? outcome : { ok: false, error: `${outcome.error}\n${result.stderr}` };
  };

const RUNTIMES: Record<string, Runtime> = {
  "node 20": inProcess(
    () => nodeBinary("node20"),
    (entry) => [entry],
  ),
  "node 22": inProcess(
    () => nodeBinary("node22"),
    (entry) => [entry],
  ),
  "node 24": inProcess(
    () => nodeBinary("node24"),
    (entry) => [entry],
  ),
  bun: inProcess(bunBinary, (entry) => [entry]),
  // Deno asks before touching the network or the environment (the SDKs read their API key
  // variables): loopback only, env and the installed packages allowed.
  deno: inProcess(
    () => process.execPath,
    (entry) => [
      denoLauncher(),
      "run",
      "--allow-net=127.0.0.1",
      "--allow-env",
      "--allow-read",
      entry,
    ],
  ),
  workerd: (build, target) => runInWorkerd(build.workerScript, target, TIMEOUT_MS),
  chromium: (build, target) => runInChromium(build.site, target, TIMEOUT_MS),
};

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)}s`;

const work = mkdtempSync(join(tmpdir(), "instr-runtimes-"));
const cerebras = await startMockServer({ dialect: "cerebras", cors: true });
const openai = await startMockServer({ dialect: "openai", cors: true });
let failed = 0;
try {
  for (const server of [cerebras, openai]) server.setHandler(smokeReply);
  const buildStart = performance.now();
  const build = await buildSmoke(work);
  console.log(`packed, installed and bundled in ${seconds(buildStart)}`);
  const target = { cerebrasURL: cerebras.url, openaiURL: openai.baseURL };
  const results = await Promise.all(
    Object.entries(RUNTIMES).map(async ([name, run]) => {
      const start = performance.now();
      const outcome = await run(build, target);
      const line = `${name.padEnd(9)} ${outcome.ok ? "pass" : "FAIL"} ${seconds(start).padStart(6)}`;
      console.log(
        outcome.ok ? `${line}  ${outcome.checks.length} checks` : `${line}\n${outcome.error}`,
      );
      return outcome.ok;
    }),
  );
  failed = results.filter((ok) => !ok).length;
  console.log(failed === 0 ? `runtimes: all ${results.length} pass` : `runtimes: ${failed} failed`);
} finally {
  await cerebras.close();
  await openai.close();
  rmSync(work, { recursive: true, force: true });
}
process.exitCode = failed === 0 ? 0 : 1;
