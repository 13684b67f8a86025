import fc from "fast-check";
import { describe, expect, it } from "vitest";
import cases from "./md-json-extractor.cases.json";
import { createMdJsonExtractor } from "./md-json-extractor.js";
import { splits } from "./text-splits.fixture.js";

/** Feeds `chunks` and returns the JSON text and the extractor's final flags. */
function extract(chunks: readonly string[]) {
  const extractor = createMdJsonExtractor();
  let json = "";
  for (const chunk of chunks) json += extractor.push(chunk);
  json += extractor.end();
  return { json, found: extractor.found, closed: extractor.closed };
}

describe("createMdJsonExtractor", () => {
  // The cases are data (md-json-extractor.cases.json): [what the text holds, text, JSON text].
  it.each(cases)("extracts %s, however the text is split", (_name, text, expected) => {
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
    expect(extract(["null"])).toMatchObject({ json: "null", found: true, closed: false });
    expect(extract(["The answer: 42"])).toMatchObject({ json: "", found: false });
    expect(extract(["<think>42"])).toMatchObject({ json: "", found: false });
    // A fence of another language means the answer is not one bare value.
    expect(extract(["```ts\nx\n```\n42"])).toMatchObject({ json: "", found: false });
  });

  it("finds a bare scalar only at the end, once the whole answer is known", () => {
    const extractor = createMdJsonExtractor();
    expect(extractor.push("12")).toBe("");
    expect(extractor.push("3")).toBe("");
    expect(extractor.found).toBe(false);
    expect(extractor.end()).toBe("123");
    expect(extractor.found).toBe(true);
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

  it("gives the same result for any split of any text as for the whole text (property)", () => {
    const piece = fc.constantFrom(
      "```",
      "json",
      "ts",
      "\n",
      "<think>",
      "</think>",
      "<",
      "`",
      "{",
      "}",
      "[",
      '"',
      "\\",
      "1",
      " ",
      "x",
    );
    const cases = fc
      .array(piece, { maxLength: 24 })
      .map((pieces) => pieces.join(""))
      .chain((text) =>
        fc.uniqueArray(fc.integer({ min: 0, max: text.length }), { maxLength: 8 }).map((points) => {
          const cuts = [0, ...points.sort((a, b) => a - b), text.length];
          return { text, chunks: cuts.slice(1).map((end, i) => text.slice(cuts[i], end)) };
        }),
      );
    fc.assert(
      fc.property(cases, ({ text, chunks }) => {
        expect(extract(chunks)).toEqual(extract([text]));
      }),
      { numRuns: 500 },
    );
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
