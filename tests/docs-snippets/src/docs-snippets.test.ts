import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { documentSnippets, documents } from "./document-snippets.js";
import { typeChecked } from "./markdown-snippets.js";
import { typeCheckSnippets } from "./type-check-snippets.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const contextDir = fileURLToPath(new URL("./snippet-context/", import.meta.url));
const tsconfig = fileURLToPath(new URL("../tsconfig.json", import.meta.url));

const inputs = documentSnippets();

const checked = inputs.filter(({ snippet }) => typeChecked(snippet));
const copies = inputs.filter(({ snippet }) => snippet.source !== undefined);
const errors = typeCheckSnippets(checked, contextDir, tsconfig);

describe("documentation snippets type-check against the built packages", () => {
  checked.forEach(({ snippet }, index) => {
    it(`${snippet.file}:${snippet.line}`, () => {
      expect(errors[index]).toEqual([]);
    });
  });
  // A snippet opts out in the markdown with `<!-- snippet: skip-typecheck REASON -->` (a fragment
  // such as a generator body, or an example for a package no workspace package installs). It is
  // reported as skipped, with that reason in its name, so the opt-outs stay visible in every run.
  for (const { snippet } of inputs) {
    if (snippet.skip !== undefined)
      it.skip(`${snippet.file}:${snippet.line} (skipped: ${snippet.skip})`, () => {});
  }
});

// A block marked `<!-- snippet: file PATH -->` shows a whole file of the repository (the guide's
// adapter is apps/examples/src/fetch-adapter): it must be that file exactly, which its package
// type-checks and tests, and scripts/adapter-guide builds it from the Markdown alone.
describe("documentation blocks that are whole repository files", () => {
  for (const { snippet } of copies) {
    it(`${snippet.file}:${snippet.line} is ${snippet.source}`, () => {
      expect(`${snippet.code}\n`).toBe(readFileSync(`${root}${snippet.source}`, "utf8"));
    });
  }
});

describe("coverage of the documentation", () => {
  it("checks every docs/*.md and every package README", () => {
    const docs = readdirSync(`${root}docs`)
      .filter((f) => f.endsWith(".md"))
      .map((f) => `docs/${f}`);
    const readmes = readdirSync(`${root}packages`).map((p) => `packages/${p}/README.md`);
    const present = readmes.filter((f) => {
      try {
        return readFileSync(`${root}${f}`, "utf8").length > 0;
      } catch {
        return false; // a package without a README has nothing to check
      }
    });
    expect(Object.keys(documents)).toEqual(expect.arrayContaining([...docs, ...present]));
  });

  it("finds snippets, and most of them are checked", () => {
    expect(inputs.length).toBeGreaterThan(40);
    expect((checked.length + copies.length) / inputs.length).toBeGreaterThan(0.75);
  });
});

describe("the checker", () => {
  const check = (code: string, context?: string) =>
    typeCheckSnippets(
      [{ snippet: { file: "x.md", line: 10, code }, ...(context ? { context } : {}) }],
      contextDir,
      tsconfig,
    )[0];

  it("reports a wrong option with the Markdown line", () => {
    const code = 'const user = await client.generate({\n  responseModl: User,\n  model: "m",\n});';
    const [error, ...rest] = check(code, "readme") ?? [];
    expect(rest).toEqual([]);
    expect(error).toMatch(/^x\.md:1[01]: TS2\d+ .*responseModl/);
  });

  it("declares free names from the context, and leaves the snippet's own declarations alone", () => {
    expect(
      check('const user = await client.generate({ responseModel: User, model: "m" });', "readme"),
    ).toEqual([]);
    expect(check("const User = 1;\nconst n: string = User;", "readme")).toEqual([
      "x.md:11: TS2322 Type 'number' is not assignable to type 'string'.",
    ]);
  });

  it("reports a free name without a context", () => {
    expect(check("client.generate();")?.[0]).toMatch(/^x\.md:10: TS2304 Cannot find name 'client'/);
  });
});
