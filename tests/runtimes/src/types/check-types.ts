// `pnpm --filter @instr/runtimes types`: the type tests on TypeScript 7, as `pnpm typecheck`,
// vitest's `--typecheck` and tests/docs-snippets run them on 5.9:
// - every package's project, its sources and `*.test-d.ts` type tests, with `tsc --noEmit`;
// - the documentation snippets against the built packages' `.d.ts`, written out as files by
//   tests/docs-snippets (TypeScript 7 has no compiler API for the in-memory check it runs on 5.9).
// One line per check.
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { writeSnippetProject } from "@instr/docs-snippets/write-snippet-project";
import { repoRoot, runtimesRoot } from "../host/paths.js";
import { runProcess } from "../host/run-process.js";

const own = createRequire(join(runtimesRoot, "package.json"));
/** `typescript7` is this package's alias of `typescript@7`. */
const TSC_7 = join(dirname(own.resolve("typescript7/package.json")), "bin/tsc");

const projects = readdirSync(join(repoRoot, "packages")).map((name) =>
  join(repoRoot, "packages", name, "tsconfig.json"),
);
const snippets = writeSnippetProject();
// An empty project would pass vacuously (39 snippets are checked today).
if (snippets.origins.size < 30) throw new Error(`only ${snippets.origins.size} snippets written`);

interface Check {
  tsconfig: string;
  /** Rewrites a compiler message for the reader (the snippets' Markdown origins). */
  explain?: (output: string) => string;
}

const explainSnippets = (output: string) =>
  output.replace(/(snippet-\d+\.ts)\((\d+),\d+\)/g, (match, file: string, line: string) => {
    const origin = snippets.origins.get(file);
    return origin === undefined ? match : `${match} [${origin} + ${Number(line) - 1} lines]`;
  });

const checks: Check[] = [
  ...projects.map((tsconfig) => ({ tsconfig })),
  { tsconfig: snippets.tsconfig, explain: explainSnippets },
];

const version = (
  await runProcess(process.execPath, [TSC_7, "--version"], { cwd: repoRoot, timeoutMs: 30_000 })
).stdout
  .trim()
  .replace(/^Version /, "TypeScript ");

let failed = 0;
const run = async (check: Check): Promise<void> => {
  const start = performance.now();
  const result = await runProcess(process.execPath, [TSC_7, "--noEmit", "-p", check.tsconfig], {
    cwd: repoRoot,
    timeoutMs: 300_000,
  });
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  const name = relative(repoRoot, dirname(check.tsconfig)).replace(
    /^tests\/docs-snippets\/\.tmp\/snippet-project$/,
    "documentation snippets",
  );
  const ok = result.code === 0;
  console.log(`${version}  ${name.padEnd(30)} ${ok ? "pass" : "FAIL"} ${seconds}s`);
  if (!ok) {
    failed += 1;
    const output = `${result.stdout}${result.stderr}`;
    console.log(check.explain === undefined ? output : check.explain(output));
  }
};
// Two at a time: the native compiler is quick, 5.9 is not, and CI machines are small.
const queue = [...checks];
await Promise.all(
  [0, 1].map(async () => {
    for (let check = queue.shift(); check !== undefined; check = queue.shift()) await run(check);
  }),
);
console.log(failed === 0 ? `types: all ${checks.length} checks pass` : `types: ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
