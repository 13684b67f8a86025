import { describe, expect, it } from "vitest";
import { markdownSnippets } from "./markdown-snippets.js";

describe("markdownSnippets", () => {
  it("returns each ts block with the line of its first code line", () => {
    const md = [
      "# t",
      "",
      "```ts",
      "const a = 1;",
      "```",
      "```sh",
      "ls",
      "```",
      "```typescript",
      "let b;",
      "```",
    ];
    expect(markdownSnippets("x.md", md.join("\n"))).toEqual([
      { file: "x.md", line: 4, code: "const a = 1;" },
      { file: "x.md", line: 10, code: "let b;" },
    ]);
  });

  it("reads a skip marker with its reason, across blank lines, only for the next block", () => {
    const md = [
      "<!-- snippet: skip-typecheck a method body -->",
      "",
      "```ts",
      "x",
      "```",
      "```ts",
      "y",
      "```",
    ];
    const [first, second] = markdownSnippets("x.md", md.join("\n"));
    expect(first?.skip).toBe("a method body");
    expect(second?.skip).toBeUndefined();
  });

  it("ignores a marker without a reason", () => {
    const md = ["<!-- snippet: skip-typecheck -->", "```ts", "x", "```"];
    expect(markdownSnippets("x.md", md.join("\n"))[0]?.skip).toBeUndefined();
  });

  it("reads a file marker's path, and a block with one is not skipped", () => {
    const md = ["<!-- snippet: file apps/x/src/a.ts -->", "```ts", "x", "```", "```ts", "y", "```"];
    const [first, second] = markdownSnippets("x.md", md.join("\n"));
    expect(first).toEqual({ file: "x.md", line: 3, code: "x", source: "apps/x/src/a.ts" });
    expect(second?.source).toBeUndefined();
  });

  it("rejects an unclosed block", () => {
    expect(() => markdownSnippets("x.md", "```ts\nconst a = 1;\n")).toThrow("x.md:1: unclosed");
  });
});
