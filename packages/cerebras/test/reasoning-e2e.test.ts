import {
  IncompleteOutputError,
  Mode,
  type ReasoningEvent,
  RetryError,
  UnsupportedReasoningError,
} from "@instr/core";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fromCerebras } from "../src/from-cerebras.js";
import { useMockCerebras } from "./mock-cerebras.js";

const mock = useMockCerebras();
const User = z.object({ name: z.string(), age: z.int() });
const params = { model: "gpt-oss-120b", responseModel: User, prompt: "Jason is 25" };

describe("reasoning through the Cerebras SDK", () => {
  it("streams message reasoning as reasoning hook deltas, never into a snapshot", async () => {
    const reasoning = "The user says Jason is 25, so name Jason and age 25.";
    mock.server.enqueue({
      type: "message",
      reasoning,
      content: '{"name":"Jason","age":25}',
      stream: { chunkSize: 5 },
    });
    const instructor = fromCerebras(mock.client);
    const events: ReasoningEvent[] = [];
    instructor.on("reasoning", (event) => events.push(event));
    const snapshots = [];
    for await (const snapshot of instructor.generatePartial(params)) snapshots.push(snapshot);
    expect(events.length).toBeGreaterThan(1);
    expect(events.map((e) => e.delta).join("")).toBe(reasoning);
    expect(events.every((e) => e.attempt === 1)).toBe(true);
    expect(snapshots.at(-1)).toEqual({ name: "Jason", age: 25 });
  });

  it("splits <think> content split at every position out of a streamed JSON answer", async () => {
    const content = '<think>{"name":"DRAFT"}?</think>\n{"name":"Jason","age":25}';
    for (let cut = 0; cut <= content.length; cut++) {
      mock.server.enqueue({
        type: "message",
        content,
        stream: { chunks: [content.slice(0, cut), content.slice(cut)].filter((c) => c !== "") },
      });
      const instructor = fromCerebras(mock.client, { mode: Mode.JSON });
      const thoughts: string[] = [];
      instructor.on("reasoning", ({ delta }) => thoughts.push(delta));
      const snapshots = [];
      for await (const snapshot of instructor.generatePartial(params)) snapshots.push(snapshot);
      expect(JSON.stringify(snapshots)).not.toContain("DRAFT");
      expect(snapshots.at(-1)).toEqual({ name: "Jason", age: 25 });
      expect(thoughts.join("")).toBe('{"name":"DRAFT"}?');
    }
  });
});

describe("reasoningEffort through the Cerebras SDK", () => {
  const answer = { type: "message" as const, content: '{"name":"Jason","age":25}' };

  it("reaches the wire as reasoning_effort, streamed or not", async () => {
    mock.server.enqueue(answer, answer);
    const instructor = fromCerebras(mock.client, { reasoningEffort: "high" });
    await instructor.generate({ ...params, reasoningEffort: "low" });
    for await (const _ of instructor.generatePartial({ ...params, model: "qwen-3.8-27b" })) {
      // drain
    }
    expect(mock.body(0)).toMatchObject({ model: "gpt-oss-120b", reasoning_effort: "low" });
    expect(mock.body(1)).toMatchObject({ model: "qwen-3.8-27b", reasoning_effort: "high" });
  });

  it("wins over a raw reasoning_effort in providerOptions, which stays usable alone", async () => {
    mock.server.enqueue(answer, answer);
    const instructor = fromCerebras(mock.client);
    const raw = { providerOptions: { cerebras: { reasoning_effort: "none" } } };
    await instructor.generate({ ...params, ...raw, model: "qwen-3.8-27b" });
    await instructor.generate({ ...params, ...raw, model: "qwen-3.8-27b", reasoningEffort: "low" });
    expect(mock.body(0)).toMatchObject({ reasoning_effort: "none" });
    expect(mock.body(1)).toMatchObject({ reasoning_effort: "low" });
  });

  it("rejects before any request on a model without reasoning", async () => {
    const instructor = fromCerebras(mock.client);
    // Not in the table (a retired id): the default capabilities do not reason.
    const call = instructor.generate({ ...params, model: "llama3.1-8b", reasoningEffort: "low" });
    await expect(call).rejects.toBeInstanceOf(UnsupportedReasoningError);
    await expect(call).rejects.toThrow('"llama3.1-8b" takes no reasoningEffort');
    expect(mock.server.requests).toHaveLength(0);
  });
});

describe("reasoning on results, errors and length stops through the Cerebras SDK", () => {
  it("a length stop with 900 reasoning tokens of 1,000 says so, streamed or not", async () => {
    const stop = {
      type: "message" as const,
      reasoning: "Let me think about this for a long while…",
      content: '{"name":"Ja',
      finishReason: "length",
      usage: {
        prompt_tokens: 40,
        completion_tokens: 1000,
        completion_tokens_details: { reasoning_tokens: 900 },
      },
    };
    mock.server.enqueue(stop, stop);
    const instructor = fromCerebras(mock.client);
    const whole = instructor.generate({ ...params, maxTokens: 1000 });
    await expect(whole).rejects.toBeInstanceOf(IncompleteOutputError);
    await expect(whole).rejects.toThrow(
      "900 of its 1,000 completion tokens went to reasoning and 100 to the answer",
    );
    await expect(whole).rejects.toThrow("raise maxTokens, lower reasoningEffort, or ask for less");
    const streamed = (async () => {
      for await (const _ of instructor.generatePartial({ ...params, maxTokens: 1000 })) {
        // drain
      }
    })();
    await expect(streamed).rejects.toBeInstanceOf(IncompleteOutputError);
    await expect(streamed).rejects.toThrow("900 of its 1,000 completion tokens went to reasoning");
  });

  it("think-split and message reasoning come back on the result and on every failed attempt", async () => {
    mock.server.enqueue(
      { type: "message", content: '<think>Age is a word?</think>{"name":"Jason","age":"25"}' },
      { type: "message", reasoning: "Age must be a number.", content: '{"name":"Jason","age":25}' },
    );
    const instructor = fromCerebras(mock.client, { mode: Mode.JSON });
    const result = await instructor.generateWithCompletion(params);
    expect(result.reasoning).toBe("Age must be a number.");
    mock.server.enqueue({
      type: "message",
      content: '<think>Still a word.</think>{"name":"Jason","age":"25"}',
    });
    const failed = await instructor
      .generate({ ...params, maxRetries: 0 })
      .catch((error: unknown) => error);
    expect(RetryError.isInstance(failed) && failed.attempts[0]?.reasoning).toBe("Still a word.");
    expect(RetryError.isInstance(failed) && failed.attempts[0]?.rawText).toBe(
      '{"name":"Jason","age":"25"}',
    );
  });
});
