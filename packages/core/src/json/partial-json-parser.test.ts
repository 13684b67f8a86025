import { describe, expect, it } from "vitest";
import { JsonParseError } from "../errors/json-parse-error.js";
import { thrownBy } from "../testing/thrown-by.fixture.js";
import errors from "./partial-json-errors.cases.json";
import { createPartialJsonParser, type PartialJsonParserOptions } from "./partial-json-parser.js";

/** The snapshot after feeding `chunks` one by one. */
function partialOf(...chunks: string[]): unknown {
  const parser = createPartialJsonParser();
  for (const chunk of chunks) parser.push(chunk);
  return parser.snapshot();
}

/** The JsonParseError thrown while parsing `text` (fed in one chunk, then ended). */
function errorOf(text: string, options?: PartialJsonParserOptions): JsonParseError {
  const parser = createPartialJsonParser(options);
  return thrownBy(() => {
    parser.push(text);
    parser.end();
  }, JsonParseError.isInstance);
}

describe("partial values (the partial JSON value rules)", () => {
  it.each([
    ['{"a": "hel', { a: "hel" }],
    ['"', ""],
    ['["ab', ["ab"]],
  ])("an unfinished string shows its prefix: %s", (text, expected) => {
    expect(partialOf(text)).toStrictEqual(expected);
  });

  it.each([
    ['{"a": 12.', { a: 12 }],
    ["1e", 1],
    ["1e-", 1],
    ["-1.5E+", -1.5],
    ["0.", 0],
    ["[3", [3]],
    ["12", 12],
  ])("an unfinished number shows what parses: %s", (text, expected) => {
    expect(partialOf(text)).toStrictEqual(expected);
  });

  it("keeps -0 as -0", () => {
    expect(Object.is(partialOf("-0"), -0)).toBe(true);
    expect(Object.is(partialOf("[-0"), -0)).toBe(false);
    expect(Object.is((partialOf("[-0") as number[])[0], -0)).toBe(true);
  });

  it.each([
    ["-", undefined],
    ['{"a": -', {}],
    ["[1, -", [1]],
  ])("a lone '-' is left out: %s", (text, expected) => {
    expect(partialOf(text)).toStrictEqual(expected);
  });

  it.each([
    ["[tr", [true]],
    ["[f", [false]],
    ['{"a": nu', { a: null }],
    ["t", true],
  ])("an unfinished literal shows the literal: %s", (text, expected) => {
    expect(partialOf(text)).toStrictEqual(expected);
  });

  it.each(["trux", "[nul1]", "fals ", "nulL"])(
    "an invalid literal prefix is an error: %s",
    (text) => {
      expect(errorOf(text).message).toMatch(/expected '(true|false|null)'/);
    },
  );

  it.each([
    ['{"ke', {}],
    ['{"key"', {}],
    ['{"key":', {}],
    ['{"key": ', {}],
    ['{"a": 1, "b', { a: 1 }],
    ['{"a": 1, "b":', { a: 1 }],
    ['[{"a', [{}]],
  ])("a key being written or without a value is left out: %s", (text, expected) => {
    expect(partialOf(text)).toStrictEqual(expected);
  });

  it.each([
    ['"ab\\', "ab"],
    ['"ab\\u', "ab"],
    ['"ab\\u00', "ab"],
    ['"ab\\u00e9', "abé"],
    ['"ab\\n', "ab\n"],
  ])("a half-written escape is left out: %s", (text, expected) => {
    expect(partialOf(text)).toBe(expected);
  });

  it("waits for the low half of an escaped surrogate pair", () => {
    expect(partialOf('"x\\ud83d')).toBe("x");
    expect(partialOf('"x\\ud83d\\ude0')).toBe("x");
    expect(partialOf('"x\\ud83d\\ude00')).toBe("x😀");
    expect(partialOf('"x\\uD83D', "\\uDE00", '"')).toBe("x😀");
  });

  it("waits for the low half of a raw surrogate pair split across chunks", () => {
    const parser = createPartialJsonParser();
    parser.push('"a\ud83d');
    expect(parser.snapshot()).toBe("a");
    parser.push('\ude00b"');
    expect(parser.end()).toBe("a😀b");
  });

  it("keeps lone surrogates like JSON.parse", () => {
    for (const text of ['"x\\ud83d"', '"\\ud83dz"', '"\\ude00"', '"a\ud83d"']) {
      const parser = createPartialJsonParser();
      parser.push(text);
      expect(parser.end()).toBe(JSON.parse(text));
    }
  });

  it("treats __proto__ as data, never as a prototype", () => {
    const text = '{"__proto__": {"polluted": true}, "a": [{"__proto__": 1}]}';
    const parser = createPartialJsonParser();
    parser.push(text.slice(0, 30));
    const partial = parser.snapshot() as Record<string, unknown>;
    expect(Object.getPrototypeOf(partial)).toBe(Object.prototype);
    expect(Object.hasOwn(partial, "__proto__")).toBe(true);
    parser.push(text.slice(30));
    const value = parser.end() as Record<string, unknown>;
    expect(value).toStrictEqual(JSON.parse(text));
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.hasOwn(value, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("lets the last duplicate key win, at the first key's position, like JSON.parse", () => {
    const text = '{"a": 1, "b": 2, "a": {"c": 3}}';
    const parser = createPartialJsonParser();
    parser.push(text);
    const value = parser.end();
    expect(value).toStrictEqual(JSON.parse(text));
    expect(Object.keys(value as object)).toEqual(["a", "b"]);
  });
});

describe("snapshots", () => {
  it("returns the same reference while nothing visible changes", () => {
    const parser = createPartialJsonParser();
    parser.push('{"a": [12');
    const first = parser.snapshot();
    parser.push(".");
    expect(parser.snapshot()).toBe(first); // 12. still shows 12
    parser.push("5");
    expect(parser.snapshot()).toStrictEqual({ a: [12.5] });
    const second = parser.snapshot();
    parser.push(" ,  ");
    expect(parser.snapshot()).toBe(second);
    parser.push('"b');
    expect(parser.snapshot()).toStrictEqual({ a: [12.5, "b"] });
    expect(parser.snapshot()).not.toBe(second);
  });

  it("copies only the path to the change; siblings keep their identity", () => {
    const parser = createPartialJsonParser();
    parser.push('{"done": {"x": [1, 2]}, "list": [{"k": "v"}, {"k": "w');
    const before = parser.snapshot() as { done: object; list: object[] };
    parser.push("w");
    const after = parser.snapshot() as { done: object; list: object[] };
    expect(after).not.toBe(before);
    expect(after.done).toBe(before.done);
    expect(after.list).not.toBe(before.list);
    expect(after.list[0]).toBe(before.list[0]);
    expect(after.list[1]).toStrictEqual({ k: "ww" });
    expect(before.list[1]).toStrictEqual({ k: "w" }); // earlier snapshots never change
  });

  it("keeps the identity of a finished container in the final value", () => {
    const parser = createPartialJsonParser();
    parser.push('[{"a": 1}');
    const partial = parser.snapshot() as object[];
    parser.push("]");
    const final = parser.end() as object[];
    expect(final[0]).toBe(partial[0]);
  });

  it("is undefined while no value is visible", () => {
    expect(partialOf("")).toBeUndefined();
    expect(partialOf("  \n")).toBeUndefined();
  });
});

describe("snapshotDue", () => {
  it("is true after every chunk while the open containers are narrow", () => {
    const parser = createPartialJsonParser();
    for (const char of '{"a": [1, {"b": "xyz"}], "c": true}') {
      parser.push(char);
      expect(parser.snapshotDue).toBe(true);
      parser.snapshot();
    }
  });

  it("keeps the work of snapshots linear for a wide array streamed one character at a time", () => {
    // Counts work instead of timing it: the elements copied by the snapshots taken when due.
    const text = JSON.stringify(Array.from({ length: 20_000 }, (_, i) => i));
    const parser = createPartialJsonParser();
    let copied = 0;
    let taken = 0;
    let last: unknown;
    for (const char of text) {
      parser.push(char);
      if (!parser.snapshotDue) continue;
      const snapshot = parser.snapshot() as unknown[] | undefined;
      // Unchanged: nothing was built. Done: the final value is the builder's own array, uncopied.
      if (snapshot === last || parser.done) continue;
      last = snapshot;
      copied += snapshot?.length ?? 0;
      taken++;
    }
    expect(parser.end()).toHaveLength(20_000);
    // Every snapshot of every character would copy ~20_000^2 / 2 = 2e8 elements.
    expect(copied).toBeLessThanOrEqual(16 * text.length);
    expect(taken).toBeGreaterThan(400); // still far more updates than a screen can show
  });
});

describe("end", () => {
  it("completes a top-level number only at the end of input", () => {
    const parser = createPartialJsonParser();
    parser.push("12");
    expect(parser.done).toBe(false);
    expect(parser.end()).toBe(12);
  });

  it("accepts surrounding whitespace", () => {
    const parser = createPartialJsonParser();
    parser.push(' \n{"a": true}\t\r\n ');
    expect(parser.done).toBe(true);
    expect(parser.end()).toStrictEqual({ a: true });
  });

  it.each(errors.incomplete)(
    "rejects the incomplete value $text at its end",
    ({ text, position, message }) => {
      const error = errorOf(text);
      expect(error.position).toBe(position);
      expect(error.message).toContain("Unexpected end of JSON input");
      expect(error.message).toContain(message);
      expect(error.rawText).toBe(text);
    },
  );
});

describe("invalid JSON", () => {
  it.each(errors.invalid)("rejects $text at its position", ({ text, position, message }) => {
    const error = errorOf(text);
    expect(error).toBeInstanceOf(JsonParseError);
    expect(error.position).toBe(position);
    expect(error.message).toContain(`position ${position}`);
    expect(error.message).toContain(message);
  });

  it("keeps failing with the same error after a failure", () => {
    const parser = createPartialJsonParser();
    parser.push("[1,");
    expect(() => parser.push("]")).toThrow(JsonParseError);
    const again = thrownBy(() => parser.push("2]"), JsonParseError.isInstance);
    expect(again.position).toBe(3);
    expect(() => parser.snapshot()).toThrow(JsonParseError);
    expect(() => parser.end()).toThrow(JsonParseError);
  });
});

describe("limits", () => {
  it("rejects 100k nested brackets with a depth error, without overflowing the stack", () => {
    const error = errorOf("[".repeat(100_000));
    expect(error.message).toContain("deeper than the limit of 512 levels");
    expect(error.position).toBe(512);
  });

  it("accepts nesting up to maxDepth and rejects one more", () => {
    const nested = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;
    const parser = createPartialJsonParser({ maxDepth: 3 });
    parser.push(nested(3));
    expect(parser.end()).toStrictEqual([[[]]]);
    expect(errorOf(nested(4), { maxDepth: 3 }).message).toContain("limit of 3 levels");
  });

  it("rejects text longer than maxLength, even when split in chunks", () => {
    const parser = createPartialJsonParser({ maxLength: 10 });
    parser.push('["abcd",');
    const caught = thrownBy(() => parser.push(' "efg"]'), JsonParseError.isInstance);
    expect(caught.message).toContain("longer than the limit of 10 characters");
  });
});

describe("element events", () => {
  function elementsOf(chunks: string[], path?: readonly string[]) {
    const events: Array<{ index: number; value: unknown; after: number }> = [];
    const parser = createPartialJsonParser({
      elements: {
        ...(path === undefined ? {} : { path }),
        onElement: (value, index) => events.push({ index, value, after: parser.length }),
      },
    });
    for (const chunk of chunks) parser.push(chunk);
    return { events, value: parser.end() };
  }

  it("reports each element of a top-level array when it closes", () => {
    const { events } = elementsOf(['[{"a": [1]}', ', "x", ', "12", "]"]);
    expect(events).toEqual([
      { index: 0, value: { a: [1] }, after: 11 },
      { index: 1, value: "x", after: 18 },
      { index: 2, value: 12, after: 21 },
    ]);
  });

  it("reports the elements of the array under a path, not nested arrays", () => {
    const text = '{"meta": [0], "items": [{"tags": [1, 2]}, [3]], "after": [4]}';
    const { events, value } = elementsOf([text], ["items"]);
    expect(events.map((e) => e.value)).toEqual([{ tags: [1, 2] }, [3]]);
    expect(events.map((e) => e.index)).toEqual([0, 1]);
    expect((value as { items: unknown[] }).items[0]).toBe(events[0]?.value);
  });

  it("reports nothing when the path leads elsewhere", () => {
    expect(elementsOf(['{"other": [1, 2]}'], ["items"]).events).toEqual([]);
    expect(elementsOf(['[{"items": [1]}]'], ["items"]).events).toEqual([]);
  });
});
