import { describe, expect, it } from "vitest";
import { quantile, spread } from "./quantile.js";

describe("quantile", () => {
  it("interpolates between the nearest ranks", () => {
    const values = [4, 1, 3, 2, 5];
    expect(quantile(values, 0)).toBe(1);
    expect(quantile(values, 0.25)).toBe(2);
    expect(quantile(values, 1)).toBe(5);
    expect(quantile([1, 2], 0.25)).toBe(1.25);
  });

  it("gives the median and quartiles as a spread", () => {
    expect(spread([1, 2, 3, 4, 5, 6, 7, 8, 9])).toEqual({ median: 5, q1: 3, q3: 7 });
  });

  it("rejects no values and a q outside [0, 1]", () => {
    expect(() => quantile([], 0.5)).toThrow(RangeError);
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
    expect(() => quantile([1], Number.NaN)).toThrow(RangeError);
  });
});
