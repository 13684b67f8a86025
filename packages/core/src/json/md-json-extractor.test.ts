import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createMdJsonExtractor } from "./md-json-extractor.js";

/** Feeds `chunks` and returns the JSON text and the extractor's final flags. */
function extract(chunks: readonly string[]) {
  const extractor = createMdJsonExtractor();
  let json = "";
  for (const chunk of chunks) json += extractor.push(chunk);
  json += extractor.end();
  return { json, found: extractor.found, closed: extractor.closed };
}

/** Every split of `text` into two chunks, and one character per chunk. */
function splits(text: string): string[][] {
  const result = [[...text]];
  for (let i = 0; i <= text.length; i++) result.push([text.slice(0, i), text.slice(i)]);
  return result;
}

describe("createMdJsonExtractor", () => {
  it.each([
    ["prose then a json fence", 'Here you go:\n```json\n{"a": 1}\n```\nBye', '{"a": 1}\n'],
    ["an untagged fence", "```\n[1, 2]\n```", "[1, 2]\n"],
    ["a JSON tag in capitals with extra info", '```JSON title\n{"a": 1}```', '{"a": 1}'],
    [
      "a think block first",
      '<think>maybe ```json\n{"no": 1}\n```</think>```json\n{"a": 1}\n```',
      '{"a": 1}\n',
    ],
    ["a THINK block in capitals", '<THINK>x</Think>\n```json\n{"a": 1}\n```', '{"a": 1}\n'],
    [
      "a fence of another language first",
      '```python\nx = {"no": 1}\n```\n```json\n{"a": 1}\n```',
      '{"a": 1}\n',
    ],
    ["inline code in prose", 'Use `x` and ``y`` then\n```json\n{"a": 1}\n```', '{"a": 1}\n'],
    [
      "backticks inside a JSON string",
      '```json\n{"md": "```js\\n```", "q": "\\"```"}\n```',
      '{"md": "```js\\n```", "q": "\\"```"}\n',
    ],
    [
      "a second fence after the first",
      '```json\n{"a": 1}\n```\n```json\n{"a": 2}\n```',
      '{"a": 1}\n',
    ],
    ["bare JSON", ' \n{"a": 1}\n', '{"a": 1}\n'],
    ["bare JSON after a think block", "<think>hmm</think>\n[1]", "[1]"],
  ])("extracts %s, however the text is split", (_name, text, expected) => {
    for (const chunks of splits(text)) {
      expect(extract(chunks).json).toBe(expected);
    }
  });

  it("reports whether it found and closed the fence", () => {
    expect(extract(["```json\n{}\n```"])).toMatchObject({ found: true, closed: true });
    expect(extract(["```json\n{}"])).toMatchObject({ json: "{}", found: true, closed: false });
    expect(extract(["no json here"])).toMatchObject({ json: "", found: false });
    expect(extract(["<think>```json\n{}\n``` never closed"])).toMatchObject({ found: false });
    expect(extract(['The answer: {"a": 1}'])).toMatchObject({ found: false });
  });

  it("forwards a dangling backtick of the body at the end, so the parser can reject it", () => {
    expect(extract(['```json\n{"a": 1}``']).json).toBe('{"a": 1}``');
    expect(extract(['```json\n{"a": `1}\n```']).json).toBe('{"a": `1}\n');
  });

  it("holds back at most a marker's length of text between deltas", () => {
    const extractor = createMdJsonExtractor();
    expect(extractor.push("```json\n{")).toBe("{");
    expect(extractor.push('"a": 1}`')).toBe('"a": 1}');
    expect(extractor.push("``")).toBe("");
    expect(extractor.closed).toBe(true);
    expect(extractor.push("more")).toBe("");
  });

  it("returns the fenced JSON for any prose around it and any split (property)", () => {
    const prose = fc.string({ unit: fc.constantFrom("a", " ", "\n", "<", ">", "/", "`", "t") });
    const cases = fc
      .record({ before: prose, after: prose, value: fc.jsonValue({ maxDepth: 3 }) })
      .filter(({ before }) => !before.includes("`") && !/<think>/i.test(before))
      .chain(({ before, after, value }) => {
        const json = JSON.stringify(value, null, 1);
        const text = `${before}\n\`\`\`json\n${json}\n\`\`\`${after}`;
        const cuts = fc.uniqueArray(fc.integer({ min: 1, max: text.length - 1 }), {
          maxLength: 12,
        });
        return cuts.map((points) => {
          const sorted = points.sort((a, b) => a - b);
          const chunks = [0, ...sorted].map((s, i) => text.slice(s, sorted[i] ?? text.length));
          return { chunks, json };
        });
      });
    fc.assert(
      fc.property(cases, ({ chunks, json }) => {
        expect(extract(chunks).json).toBe(`${json}\n`);
      }),
    );
  });
});
