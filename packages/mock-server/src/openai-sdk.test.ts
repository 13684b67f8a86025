import OpenAI from "openai";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startMockServer } from "./server.js";
import type { MockServer } from "./types.js";

let server: MockServer;
let client: OpenAI;

beforeAll(async () => {
  server = await startMockServer({ dialect: "openai" });
  client = new OpenAI({ apiKey: "sk-test-secret", baseURL: server.baseURL, maxRetries: 0 });
});
afterEach(() => server.reset());
afterAll(() => server.close());

const messages = [{ role: "user" as const, content: "Extract: Jason is 25." }];

describe("with the real openai SDK (dialect openai)", () => {
  it("parses a completion with tool calls", async () => {
    server.enqueue({
      type: "message",
      toolCalls: [{ id: "call_1", name: "UserInfo", arguments: '{"name":"Jason"}' }],
    });
    const completion = await client.chat.completions.create({ model: "gpt-4o-mini", messages });
    expect(completion.choices[0]?.message).toEqual({
      role: "assistant",
      content: null,
      refusal: null,
      tool_calls: [
        {
          id: "call_1",
          type: "function",
          function: { name: "UserInfo", arguments: '{"name":"Jason"}' },
        },
      ],
    });
    expect(server.requests[0]?.path).toBe("/v1/chat/completions");
  });

  it("streams content and a trailing usage chunk when include_usage is set", async () => {
    server.enqueue({ type: "message", content: "héllo 😀", stream: { chunkSize: 2 } });
    const stream = await client.chat.completions.create({
      model: "gpt-4o-mini",
      messages,
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = "";
    let usage: OpenAI.CompletionUsage | null | undefined;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? "";
      usage = chunk.usage ?? usage;
    }
    expect(text).toBe("héllo 😀");
    expect(usage?.total_tokens).toBeGreaterThan(0);
  });

  it("surfaces the nested error message with status", async () => {
    server.enqueue({ type: "error", status: 404, message: "The model `nope` does not exist" });
    const failure = client.chat.completions.create({ model: "nope", messages });
    await expect(failure).rejects.toBeInstanceOf(OpenAI.NotFoundError);
    await expect(failure).rejects.toThrow("404 The model `nope` does not exist");
  });
});
