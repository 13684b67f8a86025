import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { documentSnippets } from "./document-snippets.js";
import { typeChecked } from "./markdown-snippets.js";
import { snippetModule } from "./type-check-snippets.js";

const contextDir = fileURLToPath(new URL("./snippet-context/", import.meta.url));
/** Inside this package (git-ignored), so the snippets resolve the packages from its node_modules. */
const projectDir = fileURLToPath(new URL("../.tmp/snippet-project/", import.meta.url));

/** A snippet project on disk: its tsconfig, and where each module's snippet comes from. */
export interface SnippetProject {
  tsconfig: string;
  /** Module file name (`snippet-3.ts`) to its Markdown origin (`README.md:120`). */
  origins: Map<string, string>;
}

/**
 * Writes every checked snippet as a module file next to copies of the context modules, with a
 * tsconfig extending this package's: the same check as the in-memory one, for a TypeScript that
 * only has its command line (TypeScript 7's `tsc`). A module's line k + 1 is its snippet's line k.
 */
export function writeSnippetProject(): SnippetProject {
  rmSync(projectDir, { recursive: true, force: true });
  mkdirSync(projectDir, { recursive: true });
  cpSync(contextDir, projectDir, { recursive: true });
  const origins = new Map<string, string>();
  documentSnippets()
    .filter(({ snippet }) => typeChecked(snippet))
    .forEach((input, index) => {
      const name = `snippet-${index}.ts`;
      writeFileSync(join(projectDir, name), snippetModule(input, projectDir));
      origins.set(name, `${input.snippet.file}:${input.snippet.line}`);
    });
  const tsconfig = join(projectDir, "tsconfig.json");
  writeFileSync(
    tsconfig,
    `${JSON.stringify({ extends: "../../tsconfig.json", include: ["*.ts"] }, null, 2)}\n`,
  );
  return { tsconfig, origins };
}
