import { describe, expect, it } from "vitest";
import { JsonParseError } from "../errors/json-parse-error.js";
import { extractFencedJson } from "./fenced-json.js";

describe("extractFencedJson", () => {
  it("takes the json fence amid prose", () => {
    expect(extractFencedJson('Sure! Here it is:\n```json\n{"a": 1}\n```\nAnything else?')).toBe(
      '{"a": 1}\n',
    );
  });

  it("takes the first json fence of several, even before a valid later one", () => {
    const text = '```json\n{"a": 1,}\n```\nor maybe\n```json\n{"a": 2}\n```';
    expect(extractFencedJson(text)).toBe('{"a": 1,}\n');
  });

  it("skips fences of other languages and takes the first json-tagged or untagged one", () => {
    expect(extractFencedJson("```ts\nconst a = 1;\n```\n```JSON\n[1]\n```\n```\n[0]\n```")).toBe(
      "[1]\n",
    );
    expect(extractFencedJson("```ts\nconst a = 1;\n```\n```\n[0]\n```\n```json\n[1]\n```")).toBe(
      "[0]\n",
    );
  });

  it("ignores <think> blocks, a lone closing tag and an unclosed opening tag", () => {
    expect(
      extractFencedJson('<think>```json\n{"draft": true}\n```</think>\n```json\n{"a":1}\n```'),
    ).toBe('{"a":1}\n');
    expect(extractFencedJson("reasoning with ```json\n[0]\n```\n</think>\n```json\n[1]\n```")).toBe(
      "[1]\n",
    );
    expect(() => extractFencedJson("<think>I will write ```json\n[1]\n```")).toThrow(
      /no ```json fenced block/,
    );
  });

  it("runs an unclosed last fence to the end of the text", () => {
    expect(extractFencedJson('```json\n{"a": 1}')).toBe('{"a": 1}');
  });

  it("accepts bare JSON without a fence", () => {
    expect(extractFencedJson('  {"a": 1}\n')).toBe('{"a": 1}');
    expect(extractFencedJson("<think>hmm</think> [1, 2]")).toBe("[1, 2]");
  });

  it("throws JsonParseError with the whole text when there is neither fence nor JSON", () => {
    const text = "I cannot find a name in this text.";
    let error: unknown;
    try {
      extractFencedJson(text);
    } catch (e) {
      error = e;
    }
    expect(JsonParseError.isInstance(error) && error.rawText).toBe(text);
    expect(() => extractFencedJson("")).toThrow(JsonParseError);
  });
});
