import { describe, expect, it } from "vitest";
import { IncompleteOutputError } from "../errors/incomplete-output-error.js";
import { textResponse } from "../testing/mock-responses.js";
import { assertAnswered } from "./assert-answered.js";
import { lengthStopMessage } from "./length-stop-message.js";

const usage = { promptTokens: 50, completionTokens: 1000, totalTokens: 1050 };

describe("lengthStopMessage", () => {
  it("says how many tokens went to reasoning and to the answer, and how to fix it", () => {
    const message = lengthStopMessage({ ...usage, reasoningTokens: 900 });
    expect(message).toContain("900 of its 1,000 completion tokens went to reasoning");
    expect(message).toContain("100 to the answer");
    expect(message).toContain("raise maxTokens, lower reasoningEffort, or ask for less");
  });

  it("names the completion tokens when the provider does not count reasoning", () => {
    expect(lengthStopMessage(usage)).toContain("(1,000 completion tokens); raise maxTokens");
    expect(lengthStopMessage({ ...usage, reasoningTokens: 0 })).not.toContain("reasoning");
    expect(lengthStopMessage(undefined)).toMatch(/before finishing the answer; raise maxTokens/);
  });

  it("is the message of the IncompleteOutputError a length stop throws", () => {
    const response = textResponse('{"a":', {
      finishReason: "length",
      usage: { ...usage, reasoningTokens: 900 },
    });
    expect(() => assertAnswered(response)).toThrow(IncompleteOutputError);
    expect(() => assertAnswered(response)).toThrow(/900 of its 1,000 completion tokens/);
  });
});
