/** Where each package's vitest run leaves its summary (a turbo output of the `test` task). */
export const SUMMARY_FILE = "test-results/summary.json";

/** Skipped tests that share one reason. */
export interface SkipGroup {
  reason: string;
  count: number;
}

/** One package's test run, as the skip reporter writes it. */
export interface PackageSummary {
  /** The package name, e.g. `@instr/queue`. */
  package: string;
  passed: number;
  failed: number;
  skipped: number;
  /** Why tests were skipped, most skipped first. */
  skips: SkipGroup[];
}

/** `@instr/queue` → `queue`: the short name a summary line uses. */
export function shortName(packageName: string): string {
  return packageName.replace(/^@[^/]+\//, "");
}

/** `23 queue tests skipped: REASON`, one line per reason. */
export function skipLines(summary: PackageSummary): string[] {
  return summary.skips.map(
    ({ reason, count }) =>
      `${count} ${shortName(summary.package)} ${count === 1 ? "test" : "tests"} skipped: ${reason}`,
  );
}
