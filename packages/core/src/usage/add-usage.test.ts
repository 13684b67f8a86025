import { describe, expect, it } from "vitest";
import { addUsage, ZERO_USAGE } from "./add-usage.js";

describe("addUsage", () => {
  it("sums the optional counts over the responses that report them", () => {
    const first = addUsage(ZERO_USAGE, { promptTokens: 10, completionTokens: 5, totalTokens: 15 });
    expect(first).toEqual({ promptTokens: 10, completionTokens: 5, totalTokens: 15 });
    const second = addUsage(first, {
      promptTokens: 10,
      completionTokens: 5,
      totalTokens: 15,
      cachedPromptTokens: 8,
      reasoningTokens: 3,
    });
    expect(addUsage(second, { ...second, cachedPromptTokens: 2 })).toEqual({
      promptTokens: 40,
      completionTokens: 20,
      totalTokens: 60,
      cachedPromptTokens: 10,
      reasoningTokens: 6,
    });
  });
});
