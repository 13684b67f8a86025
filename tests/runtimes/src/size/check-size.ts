// `pnpm --filter @instr/runtimes size`: min+gzip of every public entry point against its limit in
// size-budget.json (fails when one is over), next to the AI SDK's `ai` measured the same way.
// `size -- --set-limits` sets every limit to today's figure + 10% (a reviewed change of the file).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { runtimesRoot } from "../host/paths.js";
import { type EntrySize, measureEntry } from "./measure-entry.js";

const budgetFile = join(runtimesRoot, "size-budget.json");
const Budget = z.record(
  z.string(),
  z.object({ platform: z.enum(["browser", "node"]), limit: z.number().int().nonnegative() }),
);
const budget = Budget.parse(JSON.parse(readFileSync(budgetFile, "utf8")));
/** The peer measured for comparison only; its budget is not ours to keep. */
const PEERS = { ai: "browser" } as const;
const setLimits = process.argv.includes("--set-limits");

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const columns = (...cells: string[]) =>
  cells.map((cell, index) => (index === 0 ? cell.padEnd(26) : cell.padStart(9))).join(" ");
const row = (entry: string, size: EntrySize) => columns(entry, kB(size.minified), kB(size.gzipped));
console.log(columns("entry point", "min", "min+gzip", "limit"));
let over = 0;
for (const [entry, { platform, limit }] of Object.entries(budget)) {
  const size = await measureEntry(entry, platform);
  const allowed = setLimits ? Math.ceil(size.gzipped * 1.1) : limit;
  budget[entry] = { platform, limit: allowed };
  const fits = size.gzipped <= allowed;
  if (!fits) over += 1;
  const verdict = fits ? "ok" : `OVER by ${size.gzipped - allowed} B`;
  console.log(`${row(entry, size)} ${kB(allowed).padStart(9)}  ${verdict}`);
}
for (const [entry, platform] of Object.entries(PEERS)) {
  const size = await measureEntry(entry, platform);
  console.log(`${row(`${entry} (AI SDK, compared)`, size)}`);
}
if (setLimits) {
  writeFileSync(budgetFile, `${JSON.stringify(budget, null, 2)}\n`);
  console.log("size: limits set to today's min+gzip + 10%");
} else {
  console.log(
    over === 0 ? "size: every entry point within its budget" : `size: ${over} over budget`,
  );
}
process.exitCode = over === 0 ? 0 : 1;
