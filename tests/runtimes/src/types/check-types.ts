// `pnpm --filter @instr/runtimes types`: the type tests on TypeScript 7 as well as 5.9.
// - TypeScript 7 (`typescript@7`, the native compiler) checks every workspace project: the
//   packages' sources with their `*.test-d.ts` type tests, the tests and the apps.
// - Both versions check the documentation snippets against the built packages' `.d.ts`, written
//   out as files by tests/docs-snippets (TypeScript 7 has no compiler API for the in-memory check
//   that `pnpm test` runs on 5.9).
// `pnpm typecheck` and vitest's `--typecheck` cover the projects on 5.9. One line per check.
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { writeSnippetProject } from "@instr/docs-snippets/write-snippet-project";
import { repoRoot, runtimesRoot } from "../host/paths.js";
import { runProcess } from "../host/run-process.js";

const own = createRequire(join(runtimesRoot, "package.json"));
/** `typescript` is 5.9 here, `typescript7` the alias of `typescript@7`. */
const tscOf = (name: string): string =>
  join(dirname(own.resolve(`${name}/package.json`)), "bin/tsc");
const TSC_5 = tscOf("typescript");
const TSC_7 = tscOf("typescript7");

const projects = ["packages", "tests", "apps"].flatMap((group) =>
  readdirSync(join(repoRoot, group), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(repoRoot, group, entry.name, "tsconfig.json"))
    .filter((tsconfig) => readdirSync(dirname(tsconfig)).includes("tsconfig.json")),
);
const snippets = writeSnippetProject();

interface Check {
  tsc: string;
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
  ...projects.map((tsconfig) => ({ tsc: TSC_7, tsconfig })),
  { tsc: TSC_7, tsconfig: snippets.tsconfig, explain: explainSnippets },
  { tsc: TSC_5, tsconfig: snippets.tsconfig, explain: explainSnippets },
];

const versions = new Map<string, string>();
for (const tsc of [TSC_5, TSC_7]) {
  const { stdout } = await runProcess(process.execPath, [tsc, "--version"], {
    cwd: repoRoot,
    timeoutMs: 30_000,
  });
  versions.set(tsc, stdout.trim().replace(/^Version /, "TypeScript "));
}

let failed = 0;
const run = async (check: Check): Promise<void> => {
  const start = performance.now();
  const result = await runProcess(process.execPath, [check.tsc, "--noEmit", "-p", check.tsconfig], {
    cwd: repoRoot,
    timeoutMs: 300_000,
  });
  const seconds = ((performance.now() - start) / 1000).toFixed(1);
  const name = relative(repoRoot, dirname(check.tsconfig)).replace(
    /^tests\/docs-snippets\/\.tmp\/snippet-project$/,
    "documentation snippets",
  );
  const ok = result.code === 0;
  console.log(`${versions.get(check.tsc)}  ${name.padEnd(30)} ${ok ? "pass" : "FAIL"} ${seconds}s`);
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
