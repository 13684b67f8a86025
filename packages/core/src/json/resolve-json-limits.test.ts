import { describe, expect, it } from "vitest";
import { InstructorError } from "../errors/instructor-error.js";
import { createPartialJsonParser } from "./partial-json-parser.js";
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_LENGTH, resolveJsonLimits } from "./resolve-json-limits.js";

describe("resolveJsonLimits", () => {
  it("fills in the defaults: 512 levels, 8 MiB", () => {
    expect(resolveJsonLimits()).toEqual({ maxDepth: 512, maxLength: 8 * 1024 * 1024 });
    expect(resolveJsonLimits({ maxDepth: 1 })).toEqual({
      maxDepth: 1,
      maxLength: DEFAULT_MAX_LENGTH,
    });
    expect(resolveJsonLimits({ maxLength: 1 }).maxDepth).toBe(DEFAULT_MAX_DEPTH);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])(
    "refuses %s with an InstructorError naming the limit",
    (value) => {
      for (const name of ["maxDepth", "maxLength"] as const) {
        expect(() => resolveJsonLimits({ [name]: value })).toThrow(
          `The JSON limit ${name} must be an integer >= 1, got ${value}.`,
        );
        expect(() => resolveJsonLimits({ [name]: value })).toThrow(InstructorError);
      }
    },
  );

  it("is what the incremental parser checks its options with", () => {
    expect(() => createPartialJsonParser({ maxDepth: 0 })).toThrow(/maxDepth must be an integer/);
    expect(() => createPartialJsonParser({ maxLength: -5 })).toThrow(/maxLength must be/);
  });
});
