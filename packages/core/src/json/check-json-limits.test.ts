import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JsonParseError } from "../errors/json-parse-error.js";
import { checkJsonLimits } from "./check-json-limits.js";
import { createPartialJsonParser } from "./partial-json-parser.js";
import { resolveJsonLimits } from "./resolve-json-limits.js";

function limitError(text: string, maxDepth: number, maxLength = 1000): JsonParseError | undefined {
  try {
    checkJsonLimits(text, resolveJsonLimits({ maxDepth, maxLength }));
    return undefined;
  } catch (error) {
    if (JsonParseError.isInstance(error)) return error;
    throw error;
  }
}

/** The depth-limit error of the incremental parser for the same text, if any. */
function parserDepthError(text: string, maxDepth: number): JsonParseError | undefined {
  try {
    const parser = createPartialJsonParser({ maxDepth });
    parser.push(text);
    return undefined;
  } catch (error) {
    if (JsonParseError.isInstance(error) && /deeper than/.test(error.message)) return error;
    if (JsonParseError.isInstance(error)) return undefined;
    throw error;
  }
}

const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

describe("checkJsonLimits: length", () => {
  it("accepts a text of exactly maxLength characters and refuses one more", () => {
    expect(limitError('"abcdefgh"', 512, 10)).toBeUndefined();
    const error = limitError('"abcdefghi"', 512, 10);
    expect(error?.message).toBe(
      "The JSON text is longer than the limit of 10 characters (11 received); raise the instructor's limits.maxLength (or the parser's maxLength) to accept it.",
    );
    expect(error).toMatchObject({ rawText: '"abcdefghi"', position: 10 });
  });
});

describe("checkJsonLimits: depth", () => {
  it("accepts exactly maxDepth levels and refuses one more, at its opening bracket", () => {
    expect(limitError(nested(3), 3)).toBeUndefined();
    expect(limitError('{"a":[{"b":1}]}', 3)).toBeUndefined();
    const error = limitError('{"a":[{"b":[1]}]}', 3);
    expect(error?.message).toBe(
      "The JSON nesting at position 11 is deeper than the limit of 3 levels; raise the instructor's limits.maxDepth (or the parser's maxDepth) to accept it.",
    );
    expect(error?.position).toBe(11);
  });

  it("counts depth, not brackets: siblings do not add up", () => {
    expect(limitError("[[1],[2],{},[[]]]", 3)).toBeUndefined();
  });

  it("does not count brackets inside strings, with escaped quotes and backslashes", () => {
    expect(limitError('["[[[{{{", "\\"[[[", "a\\\\\\"[{", "{\\\\"]', 1)).toBeUndefined();
    expect(limitError('{"[[[": "]]]", "\\"{": 1}', 1)).toBeUndefined();
    // An escaped backslash ends before the quote: the string closes, the next '[' counts.
    expect(limitError('["\\\\",[1]]', 1)?.position).toBe(6);
  });

  it("refuses 100k nested arrays at the limit, without a stack overflow", () => {
    expect(limitError(nested(100_000), 512, 200_000)?.position).toBe(512);
  });

  it("leaves an unterminated string or unbalanced brackets to the parser", () => {
    expect(limitError('["[[[[', 1)).toBeUndefined();
    expect(limitError("]]]][[[[", 1)).toBeUndefined();
  });

  it("agrees with the incremental parser on every valid JSON text (message and position)", () => {
    const tricky = fc.constantFrom("[", "]", "{", "}", '"', "\\", "a", ":", ",");
    const value = fc.jsonValue({ maxDepth: 6, stringUnit: tricky });
    fc.assert(
      fc.property(value, fc.integer({ min: 1, max: 6 }), (v, maxDepth) => {
        const text = JSON.stringify(v);
        const expected = parserDepthError(text, maxDepth);
        const actual = limitError(text, maxDepth, text.length);
        expect(actual?.message).toBe(expected?.message);
        expect(actual?.position).toBe(expected?.position);
      }),
    );
  });
});
