import { describe, expect, it } from "vitest";
import { JsonParseError } from "../errors/json-parse-error.js";
import { extractFencedJson } from "./fenced-json.js";

// The rule itself is tested, under every split of the text, in json/md-json-extractor.test.ts;
// these cases pin what a whole answer gives.
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

  it("keeps backticks inside a JSON string instead of ending the fence there", () => {
    const json = '{"md": "```js\\nx()\\n```", "end": true}';
    expect(extractFencedJson(`\`\`\`json\n${json}\n\`\`\`\nDone.`)).toBe(`${json}\n`);
  });

  it("ignores <think> blocks and an unclosed opening tag", () => {
    expect(
      extractFencedJson('<think>```json\n{"draft": true}\n```</think>\n```json\n{"a":1}\n```'),
    ).toBe('{"a":1}\n');
    expect(() => extractFencedJson("<think>I will write ```json\n[1]\n```")).toThrow(
      /no ```json fenced block/,
    );
  });

  it("treats the text before a lone </think> as reasoning until the answer has begun", () => {
    expect(extractFencedJson("The user wants [0], or {}.\n</think>\n```json\n[1]\n```")).toBe(
      "[1]\n",
    );
    expect(extractFencedJson("Thinking aloud.</THINK>\n[1]")).toBe("[1]");
    // A fence before the lone tag is already the answer (a stream cannot take it back).
    expect(extractFencedJson("Draft:\n```json\n[0]\n```\n</think>\n```json\n[1]\n```")).toBe(
      "[0]\n",
    );
  });

  it("runs an unclosed last fence to the end of the text", () => {
    expect(extractFencedJson('```json\n{"a": 1}')).toBe('{"a": 1}');
  });

  it("accepts bare JSON without a fence: a container, or a scalar trimmed", () => {
    expect(extractFencedJson('  {"a": 1}\n')).toBe('{"a": 1}\n');
    expect(extractFencedJson("<think>hmm</think> [1, 2]")).toBe("[1, 2]");
    expect(extractFencedJson(' "Jason" \n')).toBe('"Jason"');
    expect(extractFencedJson("<think>so 42?</think>\n42\n")).toBe("42");
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
    expect(() => extractFencedJson('The answer: {"a": 1}')).toThrow(JsonParseError);
    expect(() => extractFencedJson("```ts\nx\n```\n42")).toThrow(JsonParseError);
  });
});
