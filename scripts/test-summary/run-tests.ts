import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type PackageSummary, SUMMARY_FILE, skipLines } from "./package-summary.js";
import { redisAvailability } from "./redis-availability.js";

/**
 * `pnpm test [turbo options]`: every package's tests through turbo, then one closing summary of
 * the whole run that says what was skipped and why.
 *
 * Tests whose outcome depends on the machine must not be replayed from turbo's cache on a
 * machine that differs: whether Redis is available goes into `INSTR_TEST_REDIS`, which the
 * `test` task hashes (turbo.json `env`).
 */
const root = fileURLToPath(new URL("../../", import.meta.url));
const reporter = "../../scripts/test-summary/skip-reporter.ts"; // from each package's directory
const workspaces = ["packages", "apps", "tests"].flatMap((group) =>
  readdirSync(join(root, group), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(root, group, entry.name)),
);

// A summary left by an earlier run must not be mistaken for this run's.
for (const dir of workspaces) rmSync(join(dir, SUMMARY_FILE), { force: true });

const turbo = spawnSync(
  "pnpm",
  [
    "exec",
    "turbo",
    "run",
    "test",
    "--concurrency=3",
    ...process.argv.slice(2),
    "--",
    "--reporter=default",
    `--reporter=${reporter}`,
  ],
  {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, INSTR_TEST_REDIS: redisAvailability(process.env) },
  },
);

const summaries = workspaces
  .map((dir) => join(dir, SUMMARY_FILE))
  .filter((file) => existsSync(file))
  .map((file): PackageSummary => JSON.parse(readFileSync(file, "utf8")));
const total = (key: "passed" | "failed" | "skipped") =>
  summaries.reduce((sum, s) => sum + s[key], 0);

console.log(
  `\nTest summary: ${total("passed")} passed, ${total("failed")} failed, ${total("skipped")} skipped ` +
    `in ${summaries.length} ${summaries.length === 1 ? "package" : "packages"}`,
);
for (const line of summaries.flatMap(skipLines)) console.log(`  ${line}`);
if (turbo.error) throw turbo.error;
process.exitCode = turbo.status ?? 1;
