import { describe, expect, it } from "vitest";
import { z } from "zod";
import { InstructorError } from "../errors/instructor-error.js";
import { RetryError } from "../errors/retry-error.js";
import { MockAdapter } from "../testing/mock-adapter.js";
import { toolCallResponse } from "../testing/mock-responses.js";
import { createInstructor } from "./create-instructor.js";

const base = { responseModel: z.object({ age: z.number() }), model: "m", prompt: "p" };
const usage = { promptTokens: 80, completionTokens: 20, totalTokens: 100 };
const wrong = () => toolCallResponse("Response", { age: "old" }, { usage });
const right = () => toolCallResponse("Response", { age: 3 }, { usage });

describe("tokenBudget", () => {
  it("stops before a re-ask once the summed tokens reach it, and says so", async () => {
    const adapter = new MockAdapter({ responses: [wrong(), wrong(), right()] });
    const instructor = createInstructor({ adapter, maxRetries: 5, tokenBudget: 200 });
    const retry = await instructor.generate(base).catch((e: unknown) => e);
    if (!RetryError.isInstance(retry)) throw retry;
    expect(retry.message).toMatch(
      /^No valid answer: the token budget was spent \(tokenBudget 200\): 200 tokens \(160 prompt, 40 completion\) over 2 attempts, so no re-ask was sent\./,
    );
    expect(retry.usage).toEqual({ promptTokens: 160, completionTokens: 40, totalTokens: 200 });
    expect(retry.attempts).toHaveLength(2);
    expect(adapter.requests).toHaveLength(2);
  });

  it("re-asks while under the budget; the call's budget wins over the client's", async () => {
    const adapter = new MockAdapter({ responses: [wrong(), right(), wrong(), right()] });
    const instructor = createInstructor({ adapter, tokenBudget: 100 });
    await expect(instructor.generate({ ...base, tokenBudget: 101 })).resolves.toEqual({ age: 3 });
    await expect(instructor.with({ tokenBudget: 150 }).generate(base)).resolves.toEqual({
      age: 3,
    });
    expect(adapter.requests).toHaveLength(4);
  });

  it("rejects a budget that is not a positive integer before any request", async () => {
    const adapter = new MockAdapter({ responses: [right()] });
    for (const tokenBudget of [0, -1, 1.5, Number.NaN]) {
      await expect(
        createInstructor({ adapter }).generate({ ...base, tokenBudget }),
      ).rejects.toThrow(InstructorError);
    }
    expect(adapter.requests).toHaveLength(0);
  });
});
