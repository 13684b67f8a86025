import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Reporter, TestCase, TestModule, Vitest } from "vitest/node";
import { type PackageSummary, SUMMARY_FILE, skipLines } from "./package-summary.js";
import { NO_REASON, skipReason } from "./skip-reason.js";

/**
 * A vitest reporter, added beside the default one by `pnpm test`: at the end of a package's run
 * it prints one line per skip reason (vitest's own summary only counts skips) and writes the
 * package's {@link PackageSummary} to `test-results/summary.json`, which turbo caches and
 * restores with the task, for the closing summary of the whole run.
 */
export default class SkipReporter implements Reporter {
  private root = process.cwd();

  onInit(vitest: Vitest): void {
    this.root = vitest.config.root;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const reasons = new Map<string, number>();
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const result = test.result();
        if (result.state === "passed") counts.passed += 1;
        else if (result.state === "failed") counts.failed += 1;
        else if (result.state === "skipped") {
          counts.skipped += 1;
          const given = skipReason(result.note, titlesOutwards(test));
          // Tests of a suite whose hook threw are skipped too; say so rather than "no reason".
          const reason =
            given === NO_REASON && inFailedSuite(test)
              ? "not run, or skipped without a reason, in a suite or file that failed (see above)"
              : given;
          reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
        }
      }
    }
    const summary: PackageSummary = {
      package: packageName(this.root),
      ...counts,
      skips: [...reasons]
        .map(([reason, count]) => ({ reason, count }))
        .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
    };
    const file = join(this.root, SUMMARY_FILE);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
    for (const line of skipLines(summary)) console.log(` ↓ ${line}`);
  }
}

/** The test's title, then each enclosing suite's, outwards. */
function titlesOutwards(test: TestCase): string[] {
  const titles = [test.name];
  let parent = test.parent;
  while (parent.type === "suite") {
    titles.push(parent.name);
    parent = parent.parent;
  }
  return titles;
}

/** Whether a suite or the file around the test failed (a test failed or a hook threw). */
function inFailedSuite(test: TestCase): boolean {
  let parent = test.parent;
  while (parent.type === "suite") {
    if (parent.state() === "failed") return true;
    parent = parent.parent;
  }
  return parent.state() === "failed";
}

function packageName(root: string): string {
  const manifest: unknown = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  return typeof manifest === "object" &&
    manifest !== null &&
    "name" in manifest &&
    typeof manifest.name === "string"
    ? manifest.name
    : root;
}
