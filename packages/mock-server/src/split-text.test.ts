import { describe, expect, it } from "vitest";
import { splitCodePoints } from "./split-text.js";

describe("splitCodePoints", () => {
  it("never cuts a surrogate pair", () => {
    const pieces = splitCodePoints("a😀b😀", 1);
    expect(pieces).toEqual(["a", "😀", "b", "😀"]);
  });

  it("keeps the remainder in a shorter last piece", () => {
    expect(splitCodePoints("abcdefg", 3)).toEqual(["abc", "def", "g"]);
  });

  it("gives no pieces for empty text", () => {
    expect(splitCodePoints("", 4)).toEqual([]);
  });

  it("rejects a size that is not a positive integer", () => {
    expect(() => splitCodePoints("abc", 0)).toThrow(RangeError);
    expect(() => splitCodePoints("abc", 1.5)).toThrow(RangeError);
  });
});
