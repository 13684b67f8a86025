import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { examples } from "../examples/index.js";
import { offlineDemoOutputs } from "./demo-outputs.js";
import { demoOutputBlocks, withDemoOutputs } from "./readme-output-blocks.js";

const readmePath = fileURLToPath(new URL("../../../../README.md", import.meta.url));
const readme = readFileSync(readmePath, "utf8");
const blocks = demoOutputBlocks(readme);

describe("the README shows what the offline demo prints", () => {
  let outputs: Map<string, string[]>;
  beforeAll(async () => {
    outputs = await offlineDemoOutputs();
  }, 60_000);

  it("has one demo-output block per example, and no block for an unknown one", () => {
    expect(blocks.map((b) => b.name).sort()).toEqual(examples.map((e) => e.name).sort());
  });

  for (const block of blocks) {
    it(`README.md:${block.line} (${block.name}) matches the demo; rewrite with pnpm readme:outputs`, () => {
      expect(block.text).toEqual(outputs.get(block.name));
    });
  }
});

describe("demo-output blocks", () => {
  const markdown = [
    "intro",
    "<!-- demo-output: a -->",
    "```text",
    "old 1",
    "old 2",
    "```",
    "middle",
    "<!-- demo-output: b -->",
    "```text",
    "```",
  ].join("\n");

  it("finds each marked ```text block and its lines", () => {
    expect(demoOutputBlocks(markdown)).toEqual([
      { name: "a", line: 2, text: ["old 1", "old 2"], start: 3, end: 5 },
      { name: "b", line: 8, text: [], start: 9, end: 9 },
    ]);
  });

  it("replaces the blocks it has outputs for, and only their text", () => {
    const rewritten = withDemoOutputs(markdown, new Map([["b", ["new b"]]]));
    expect(rewritten).toBe(markdown.replace("```text\n```", "```text\nnew b\n```"));
    const both = withDemoOutputs(
      rewritten,
      new Map([
        ["a", ["x"]],
        ["b", ["y", "z"]],
      ]),
    );
    expect(demoOutputBlocks(both).map((b) => b.text)).toEqual([["x"], ["y", "z"]]);
  });

  it("rejects a marker that is not followed by a ```text block", () => {
    expect(() => demoOutputBlocks("<!-- demo-output: a -->\nprose")).toThrow(
      'line 1: demo-output marker "a" is not followed by ```text',
    );
    expect(() => demoOutputBlocks("<!-- demo-output: a -->\n```text\nx")).toThrow("unclosed");
  });
});
