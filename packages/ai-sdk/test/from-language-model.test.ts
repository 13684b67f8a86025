import { Mode, ProviderError } from "@instr/core/adapter";
import { startMockServer } from "@instr/mock-server";
import { afterAll, beforeEach, describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import { fromLanguageModel } from "../src/from-language-model.js";
import { compatibleModel } from "./compatible-model.js";

// Through a real AI SDK provider package against the loopback OpenAI-dialect server.
const server = await startMockServer({ dialect: "openai" });
afterAll(() => server.close());
beforeEach(() => server.reset());
const apiKey = "sk-test-key-0123456789";
const model = compatibleModel(server.baseURL, apiKey, "compatible-model");

const User = z.object({ name: z.string(), age: z.number().int() }).meta({ title: "User" });
const answer = '{"name":"Jason","age":25}';
const prompt = "Extract: Jason is 25 years old";
const params = { responseModel: User, model: "compatible-model", prompt };

describe("fromLanguageModel over @ai-sdk/openai-compatible", () => {
  it("re-asks once with the validation error, then returns the typed value", async () => {
    server.enqueue(
      { type: "message", content: '{"name":"Jason","age":"25"}' },
      { type: "message", content: answer },
    );
    const result = await fromLanguageModel(model, { apiKey }).generateWithCompletion(params);
    expectTypeOf(result.data).toEqualTypeOf<{ name: string; age: number }>();
    expect(result).toMatchObject({ data: { name: "Jason", age: 25 }, attempts: 2 });
    const reask = JSON.stringify(server.requests[1]?.body);
    // The re-ask carries the failed answer and the path that failed.
    expect(reask).toContain('\\"age\\":\\"25\\"');
    expect(reask).toContain("age");
    expect(server.requests[0]?.body).toMatchObject({
      model: "compatible-model",
      response_format: { type: "json_schema", json_schema: { name: "User" } },
    });
  });

  it("re-asks in TOOLS mode with the forced tool", async () => {
    server.enqueue(
      { type: "message", toolCalls: [{ name: "User", arguments: '{"name":"Jason"}' }] },
      { type: "message", toolCalls: [{ name: "User", arguments: answer }] },
    );
    const user = await fromLanguageModel(model, { mode: Mode.TOOLS }).generate(params);
    expect(user).toEqual({ name: "Jason", age: 25 });
    expect(server.requests[1]?.body).toMatchObject({
      tool_choice: { type: "function", function: { name: "User" } },
    });
  });

  it("streams partial snapshots ending in the validated value (generatePartial)", async () => {
    server.enqueue({ type: "message", content: answer, stream: { chunkSize: 3 } });
    const snapshots: unknown[] = [];
    for await (const partial of fromLanguageModel(model).generatePartial(params)) {
      snapshots.push(partial);
    }
    expect(snapshots.length).toBeGreaterThan(2);
    expect(snapshots.at(-1)).toEqual({ name: "Jason", age: 25 });
    expect(snapshots).toContainEqual({ name: "Jason" });
  });

  it("yields each element as it completes (generateIterable)", async () => {
    const content = '{"items":[{"name":"Jason","age":25},{"name":"Ana","age":31}]}';
    server.enqueue({ type: "message", content, stream: { chunkSize: 4 } });
    const users: unknown[] = [];
    for await (const user of fromLanguageModel(model).generateIterable(params)) users.push(user);
    expect(users).toEqual([
      { name: "Jason", age: 25 },
      { name: "Ana", age: 31 },
    ]);
  });

  it("raises a 429 as a retryable ProviderError with retry-after", async () => {
    server.enqueue({
      type: "error",
      status: 429,
      message: "slow down",
      headers: { "retry-after": "7" },
    });
    const error = await fromLanguageModel(model, { apiKey })
      .generate(params)
      .catch((e: unknown) => e);
    expect(ProviderError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      status: 429,
      isRetryable: true,
      headers: { "retry-after": "7" },
      provider: "compatible",
    });
  });

  it("sends its own providerOptions under the provider's namespace; the mode's fields win", async () => {
    server.enqueue({ type: "message", content: answer });
    await fromLanguageModel(model).generate({
      ...params,
      providerOptions: {
        compatible: { user: "u-1", seed: 7, response_format: { type: "text" }, model: "other" },
        openai: { seed: 1, logprobs: true },
      },
    });
    const body = server.requests[0]?.body;
    expect(body).toMatchObject({
      model: "compatible-model",
      user: "u-1",
      seed: 7,
      response_format: { type: "json_schema", json_schema: { name: "User" } },
    });
    expect(body).not.toHaveProperty("logprobs");
  });
});
