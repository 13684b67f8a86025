import { describe, expect, it } from "vitest";
import { z } from "zod";
import { RetryError } from "../errors/retry-error.js";
import { createInstructor } from "../instructor/create-instructor.js";
import { MockAdapter } from "../testing/mock-adapter.js";
import { toolCallResponse } from "../testing/mock-responses.js";

const User = z.object({ name: z.string() });
const detailed = {
  promptTokens: 100,
  completionTokens: 30,
  totalTokens: 130,
  cachedPromptTokens: 60,
  reasoningTokens: 20,
};
const plain = { promptTokens: 10, completionTokens: 5, totalTokens: 15 };

describe("cached and reasoning tokens", () => {
  it("are summed over attempts in results, RetryError and the batch summary", async () => {
    const adapter = new MockAdapter({
      responses: [
        // Item 1: one re-ask, both attempts report details.
        toolCallResponse("Response", { name: 1 }, { usage: detailed }),
        toolCallResponse("Response", { name: "a" }, { usage: detailed }),
        // Item 2: fails twice; only one attempt reports details.
        toolCallResponse("Response", { name: 2 }, { usage: detailed }),
        toolCallResponse("Response", { name: 3 }, { usage: plain }),
      ],
    });
    const instructor = createInstructor({ adapter, maxRetries: 1 });
    const call = { responseModel: User, model: "m", prompt: "p" };
    const { results, summary } = await instructor.generateBatch([call, call], {
      concurrency: 1,
    });
    expect(results[0]).toMatchObject({
      status: "fulfilled",
      usage: {
        totalTokens: 260,
        cachedPromptTokens: 120,
        reasoningTokens: 40,
      },
    });
    const failed = results[1];
    if (failed?.status !== "rejected" || !RetryError.isInstance(failed.error)) {
      throw new Error("item 2 should fail with a RetryError");
    }
    expect(failed.error.usage).toEqual({
      promptTokens: 110,
      completionTokens: 35,
      totalTokens: 145,
      cachedPromptTokens: 60,
      reasoningTokens: 20,
    });
    expect(summary.usage).toEqual({
      promptTokens: 310,
      completionTokens: 95,
      totalTokens: 405,
      cachedPromptTokens: 180,
      reasoningTokens: 60,
    });
  });
});
