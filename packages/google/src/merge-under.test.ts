import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeUnder } from "./merge-under.js";

describe("mergeUnder", () => {
  it("keeps what only the lower layer has and lets the upper win, down through objects", () => {
    expect(
      mergeUnder(
        { generationConfig: { temperature: 0.2 }, contents: [1] },
        { generationConfig: { topP: 0.5, temperature: 1 }, contents: "x", safetySettings: [] },
      ),
    ).toEqual({
      generationConfig: { topP: 0.5, temperature: 0.2 },
      contents: [1],
      safetySettings: [],
    });
  });

  it("always holds every leaf of the upper layer unchanged", () => {
    const json = fc.dictionary(fc.string({ maxLength: 3 }), fc.jsonValue({ maxDepth: 3 }));
    fc.assert(
      fc.property(json, json, (over, under) => {
        const merged = mergeUnder(over, under);
        for (const [key, value] of Object.entries(over)) {
          if (typeof value !== "object" || value === null || Array.isArray(value)) {
            expect(merged[key]).toEqual(value);
          }
        }
        for (const key of Object.keys(under)) expect(merged).toHaveProperty([key]);
      }),
    );
  });
});
