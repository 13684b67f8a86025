import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Cerebras from "@cerebras/cerebras_cloud_sdk";
import { cerebrasAdapter } from "@instr/cerebras";
import { Mode } from "@instr/core";
import { MockAdapter } from "@instr/core/testing";
import { openaiAdapter } from "@instr/openai";
import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { documents } from "./document-snippets.js";

// Claims in the prose that no type check sees: each test here would have caught a place where
// the docs told a new user something the packages do not do.

const root = fileURLToPath(new URL("../../../", import.meta.url));
const read = (file: string) => readFileSync(`${root}${file}`, "utf8");
const readme = read("README.md");

/** The text of the `##` section of `markdown` that contains `needle` first. */
function sectionOf(markdown: string, needle: string): string {
  const at = markdown.indexOf(needle);
  expect(at, `"${needle}" not found`).toBeGreaterThanOrEqual(0);
  const start = markdown.lastIndexOf("\n## ", at);
  const end = markdown.indexOf("\n## ", at);
  return markdown.slice(start, end === -1 ? undefined : end);
}

/** The text before the first ```ts block of `markdown`, and that block. */
function firstExample(markdown: string): { before: string; code: string } {
  const open = markdown.indexOf("```ts\n");
  const close = markdown.indexOf("\n```", open + 6);
  return { before: markdown.slice(0, open), code: markdown.slice(open + 6, close) };
}

describe("claims the documentation makes", () => {
  it("gives the default mode of each adapter as the adapter has it", () => {
    const adapters = {
      fromCerebras: cerebrasAdapter(new Cerebras({ apiKey: "unused", warmTCPConnection: false })),
      fromOpenAI: openaiAdapter(new OpenAI({ apiKey: "unused" })),
      MockAdapter: new MockAdapter(),
    };
    const modeNames = new Map(Object.entries(Mode).map(([key, value]) => [value, key]));
    for (const [name, adapter] of Object.entries(adapters)) {
      const row = readme.split("\n").find((line) => line.startsWith(`| \`${name}\``));
      expect(row, `README.md has no default-mode row for ${name}`).toBeDefined();
      const cell = row?.split("|")[2]?.trim();
      expect(cell, `README.md default mode of ${name}`).toBe(
        `\`Mode.${modeNames.get(adapter.defaultMode)}\``,
      );
    }
  });

  it("says, where a first example uses top-level await, that the file must be ESM", () => {
    const quickStarts = {
      "README.md": sectionOf(readme, "## Quick start"),
      "packages/core/README.md": read("packages/core/README.md"),
      "packages/cerebras/README.md": read("packages/cerebras/README.md"),
      "packages/openai/README.md": read("packages/openai/README.md"),
    };
    for (const [file, text] of Object.entries(quickStarts)) {
      const { before, code } = firstExample(text);
      if (!/^(const|await)\b.*\bawait\b|^await\b/m.test(code)) continue;
      expect(before, `${file}: say the file must be ESM`).toContain('"type": "module"');
      expect(before, `${file}: say the file must be ESM`).toContain(".mts");
    }
  });

  it("shows how to name the schema (.meta({ title })) where responseModel is introduced", () => {
    for (const file of ["README.md", "packages/core/README.md"]) {
      expect(sectionOf(read(file), "responseModel"), file).toContain(".meta({ title })");
    }
  });

  it("gives @instr/* version ranges the packages really use", () => {
    const declared = new Set<string>();
    for (const pkg of ["cerebras", "openai", "queue"]) {
      const manifest = JSON.parse(read(`packages/${pkg}/package.json`)) as {
        peerDependencies?: Record<string, string>;
      };
      const range = manifest.peerDependencies?.["@instr/core"];
      if (range !== undefined) declared.add(range.replace(/^workspace:/, ""));
    }
    expect([...declared]).toEqual(["^0"]);
    for (const file of Object.keys(documents)) {
      for (const [, range] of read(file).matchAll(/"@instr\/core":\s*"([^"]+)"/g)) {
        if (range === "…" || range === "workspace:*") continue;
        expect(declared, `${file}: "@instr/core": "${range}"`).toContain(
          range?.replace(/^workspace:/, ""),
        );
      }
    }
  });

  it("never compares batch results with Promise.allSettled without saying the failure is `error`", () => {
    for (const file of Object.keys(documents)) {
      for (const paragraph of read(file).split(/\n\s*\n/)) {
        if (!paragraph.includes("allSettled")) continue;
        expect(paragraph, `${file}: a rejected item carries .error, not .reason`).toContain(
          "not `reason`",
        );
      }
    }
  });
});
