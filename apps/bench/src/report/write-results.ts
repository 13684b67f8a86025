import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { SectionResult } from "./section-result.js";

/** Everything one `pnpm bench` run measured, as written to `results/latest.json`. */
export interface BenchResults {
  date: string;
  environment: Record<string, unknown>;
  peers: Record<string, string>;
  sections: Pick<SectionResult, "title" | "verdict" | "notes" | "data">[];
}

/** Writes `results` as pretty JSON to `path`, creating its folder. */
export async function writeResults(path: string, results: BenchResults): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(results, null, 2)}\n`);
}
