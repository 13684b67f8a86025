import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chunksAt, splits } from "../json/text-splits.fixture.js";
import { ThinkSplitter } from "./think-splitter.js";

/** Feeds `chunks` and returns the answer and the reasoning. */
function split(chunks: readonly string[], holdProse = true) {
  const splitter = new ThinkSplitter(holdProse);
  let answer = "";
  let reasoning = "";
  for (const chunk of chunks) {
    answer += splitter.push(chunk);
    reasoning += splitter.takeReasoning();
  }
  answer += splitter.end();
  return { answer, reasoning: reasoning + splitter.takeReasoning() };
}

describe("ThinkSplitter", () => {
  it.each([
    ["a leading block", '<think>Jason, 25.</think>\n{"a":1}', '{"a":1}', "Jason, 25."],
    [
      "blocks in any case, whitespace around",
      " \n<THINK>a</Think> <think>b</think>[1]",
      "[1]",
      "ab",
    ],
    [
      "a lone closing tag after prose",
      'The user wants {"a":0}.\n</think>\n{"a":1}',
      '{"a":1}',
      'The user wants {"a":0}.\n',
    ],
    ["an unclosed block: no answer", "<think>still going", "", "still going"],
    [
      "a tag inside the answer's strings",
      '{"a":"<think>x</think>"}',
      '{"a":"<think>x</think>"}',
      "",
    ],
    ["prose without a closing tag", "Sure! {}", "Sure! {}", ""],
    ["no reasoning at all", '  {"a":1}', '  {"a":1}', ""],
    ["a lone closing tag before anything", "</think>{}", "{}", ""],
    ["a number answer after a block", "<think>x</think>-4.5", "-4.5", "x"],
  ])("%s, split at every position", (_, text, answer, reasoning) => {
    for (const chunks of splits(text)) expect(split(chunks)).toEqual({ answer, reasoning });
  });

  it("without holdProse, prose is the answer at once (MD_JSON reads it)", () => {
    const text = "Sure:\n```json\n{}\n```";
    const splitter = new ThinkSplitter(false);
    expect(splitter.push(text)).toBe(text);
    expect(split(["<think>x</think>", "Sure"], false)).toEqual({ answer: "Sure", reasoning: "x" });
  });

  it("passes every delta through unchanged once the answer has begun", () => {
    const splitter = new ThinkSplitter(true);
    expect(splitter.push("<think>a</think>{")).toBe("{");
    expect(splitter.answering).toBe(true);
    const delta = '"</think>":1}';
    expect(splitter.push(delta)).toBe(delta);
  });

  it("splits any answer after think blocks like the whole text, however it is chunked", () => {
    const block = fc.string().map((s) => `<think>${s.replaceAll("<", "‹")}</think>`);
    const answer = fc.json().filter((json) => /^[[{"\-0-9]/.test(json));
    fc.assert(
      fc.property(
        fc.array(block, { maxLength: 3 }),
        answer,
        fc.array(fc.nat(), { maxLength: 8 }),
        (blocks, json, cuts) => {
          const text = `${blocks.join("\n")}\n${json}`;
          const chunks = chunksAt(text, cuts);
          const whole = split([text]);
          expect(split(chunks)).toEqual(whole);
          expect(whole.answer.trim()).toBe(json.trim());
          expect(whole.reasoning).toBe(blocks.map((b) => b.slice(7, -8)).join(""));
        },
      ),
    );
  });
});
