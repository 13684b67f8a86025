import { ApiError, GoogleGenAI } from "@google/genai";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { startMockServer } from "../../server.js";
import { faultyReply } from "../../test-support/faulty-reply.js";

const server = await startMockServer();
const client = new GoogleGenAI({
  apiKey: "test-key-0123456789",
  httpOptions: { baseUrl: server.url },
});
afterEach(() => server.reset());
afterAll(() => server.close());

const params = { model: "gemini-2.5-flash", contents: "Extract: Jason is 25." };

describe("the Gemini wire, through the real @google/genai SDK", () => {
  it("answers generateContent with thought, text and usage, and records the request", async () => {
    server.enqueue({
      type: "message",
      content: '{"name":"Jason"}',
      reasoning: "Jason is named.",
      reasoningSignature: "sig-1",
      usage: {
        prompt_tokens: 10,
        completion_tokens: 7,
        prompt_tokens_details: { cached_tokens: 4 },
        completion_tokens_details: { reasoning_tokens: 3 },
      },
    });
    const response = await client.models.generateContent(params);
    expect(response.candidates?.[0]?.content?.parts).toEqual([
      { text: "Jason is named.", thought: true, thoughtSignature: "sig-1" },
      { text: '{"name":"Jason"}' },
    ]);
    expect(response.candidates?.[0]?.finishReason).toBe("STOP");
    expect(response.modelVersion).toBe("gemini-2.5-flash");
    expect(response.usageMetadata).toEqual({
      promptTokenCount: 10,
      candidatesTokenCount: 4,
      thoughtsTokenCount: 3,
      cachedContentTokenCount: 4,
      totalTokenCount: 17,
    });
    const [request] = server.requests;
    expect(request?.path).toBe("/v1beta/models/gemini-2.5-flash:generateContent");
    expect(request?.headers["x-goog-api-key"]).toBe("test-key-0123456789");
    expect(request?.body).toMatchObject({
      contents: [{ role: "user", parts: [{ text: params.contents }] }],
    });
  });

  it("streams thought pieces, text pieces and a whole function call, then the finish reason", async () => {
    server.enqueue({
      type: "message",
      content: "Hello there",
      reasoning: "Greeting",
      reasoningSignature: "sig-2",
      toolCalls: [{ name: "Person", arguments: '{"name":"Jo"}', signature: "sig-call" }],
      finishReason: "tool_calls",
      stream: { chunkSize: 4 },
    });
    const parts: unknown[] = [];
    const finishes: unknown[] = [];
    for await (const chunk of await client.models.generateContentStream(params)) {
      const candidate = chunk.candidates?.[0];
      parts.push(...(candidate?.content?.parts ?? []));
      if (candidate?.finishReason !== undefined) finishes.push(candidate.finishReason);
    }
    expect(parts).toEqual([
      { text: "Gree", thought: true },
      { text: "ting", thought: true, thoughtSignature: "sig-2" },
      { text: "Hell" },
      { text: "o th" },
      { text: "ere" },
      { functionCall: { name: "Person", args: { name: "Jo" } }, thoughtSignature: "sig-call" },
    ]);
    expect(finishes).toEqual(["STOP"]);
    expect(server.requests[0]?.path).toBe(
      "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse",
    );
  });

  it("sends errors in Google's shape, with the scripted headers", async () => {
    server.enqueue({ type: "error", status: 429, headers: { "retry-after": "7" } });
    const error = await client.models.generateContent(params).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429 });
    expect(JSON.parse(error instanceof Error ? error.message : "")).toEqual({
      error: {
        code: 429,
        message: "Resource has been exhausted (e.g. check quota).",
        status: "RESOURCE_EXHAUSTED",
      },
    });
  });

  it("breaks a stream off with an in-stream error event", async () => {
    server.enqueue(faultyReply("abcdefgh", { errorAfterChunks: 2 }));
    const texts: string[] = [];
    const failure = await (async () => {
      for await (const chunk of await client.models.generateContentStream(params)) {
        texts.push(chunk.text ?? "");
      }
    })().catch((e: unknown) => e);
    expect(texts).toEqual(["ab", "cd"]);
    expect(failure).toMatchObject({ status: 500 });
  });
});
