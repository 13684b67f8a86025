// Writes the adapter that docs/custom-adapters.md builds into a project directory, from the
// Markdown alone: every ```ts block marked `<!-- snippet: file apps/examples/src/fetch-adapter/NAME.ts -->`
// becomes DEST/src/NAME.ts, exactly as printed. (tests/docs-snippets checks that each marked block equals
// the repository file it names, so the guide and apps/examples cannot drift apart.)
//
// Usage: tsx scripts/adapter-guide/write-guide-files.ts DEST
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { markdownSnippets } from "../../tests/docs-snippets/src/markdown-snippets.js";

const guide = "docs/custom-adapters.md";
/** The guide's adapter is the repository's fetch example; other marked blocks are quotes. */
const adapterDir = "apps/examples/src/fetch-adapter/";
/** The files without which the project is not the guide's adapter and its conformance test. */
const required = ["fetch-adapter.ts", "fetch-adapter.conformance.test.ts"];

const dest = process.argv[2];
if (dest === undefined) throw new Error("usage: write-guide-files.ts DEST");
const root = fileURLToPath(new URL("../../", import.meta.url));

const files = new Map<string, string>();
const markdown = readFileSync(join(root, guide), "utf8");
for (const { source, code, line } of markdownSnippets(guide, markdown)) {
  if (source === undefined || !source.startsWith(adapterDir)) continue;
  const name = basename(source);
  if (files.has(name)) throw new Error(`${guide}:${line}: a second block for ${name}`);
  files.set(name, `${code}\n`);
}
const missing = required.filter((name) => !files.has(name));
if (missing.length > 0) throw new Error(`${guide} has no block marked for ${missing.join(", ")}`);

mkdirSync(join(dest, "src"), { recursive: true });
for (const [name, code] of files) writeFileSync(join(dest, "src", name), code);
console.log(`wrote ${[...files.keys()].map((name) => `src/${name}`).join(", ")}`);
