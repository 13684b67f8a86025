import Cerebras from "@cerebras/cerebras_cloud_sdk";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { startMockServer } from "./server.js";
import { faultyReply } from "./test-support/faulty-reply.js";
import type { MockServer, Reply } from "./types.js";

type StreamChunk = Cerebras.ChatCompletion;

let server: MockServer;
let client: Cerebras;

beforeAll(async () => {
  server = await startMockServer();
  client = new Cerebras({
    apiKey: "csk-test-secret",
    baseURL: server.url,
    maxRetries: 0,
    warmTCPConnection: false,
  });
});
afterEach(() => {
  server.reset();
  vi.restoreAllMocks();
});
afterAll(() => server.close());

const messages = [{ role: "user" as const, content: "Extract: Jason is 25." }];

/** Streams one scripted reply through the SDK, keeping the chunks that arrived before any error. */
async function streamReply(reply: Reply): Promise<{ chunks: StreamChunk[]; error: unknown }> {
  server.enqueue(reply);
  const stream = await client.chat.completions.create({
    model: "llama3.1-8b",
    messages,
    stream: true,
  });
  const chunks: StreamChunk[] = [];
  try {
    for await (const chunk of stream) chunks.push(chunk);
    return { chunks, error: undefined };
  } catch (error) {
    return { chunks, error };
  }
}

/** The text and argument deltas of collected chunks. */
function joined(chunks: StreamChunk[]): { content: string; args: string; names: string[] } {
  let content = "";
  let args = "";
  const names: string[] = [];
  for (const chunk of chunks) {
    if (!("object" in chunk) || chunk.object !== "chat.completion.chunk") continue;
    const delta = chunk.choices?.[0]?.delta;
    content += delta?.content ?? "";
    for (const call of delta?.tool_calls ?? []) {
      args += call.function.arguments ?? "";
      if (call.function.name) names.push(call.function.name);
    }
  }
  return { content, args, names };
}

describe("with the real @cerebras/cerebras_cloud_sdk", () => {
  it("parses a non-streaming completion with usage and time_info", async () => {
    server.enqueue({
      type: "message",
      content: '{"name":"Jason","age":25}',
      usage: { prompt_tokens: 20, completion_tokens: 9 },
    });
    const completion = await client.chat.completions.create({ model: "llama3.1-8b", messages });
    expect(completion).toMatchObject({
      object: "chat.completion",
      model: "llama3.1-8b",
      choices: [{ message: { role: "assistant", content: '{"name":"Jason","age":25}' } }],
      usage: { prompt_tokens: 20, completion_tokens: 9, total_tokens: 29 },
      time_info: { total_time: expect.any(Number) },
    });
    const [request] = server.requests;
    expect(request?.path).toBe("/v1/chat/completions");
    expect(request?.headers.authorization).toBe("Bearer csk-test-secret");
    expect(request?.body).toEqual({ model: "llama3.1-8b", messages });
  });

  it("parses tool calls", async () => {
    server.enqueue({
      type: "message",
      toolCalls: [{ id: "call_x", name: "UserInfo", arguments: '{"name":"Jason","age":25}' }],
    });
    const completion = await client.chat.completions.create({ model: "llama3.1-8b", messages });
    if (!("object" in completion) || completion.object !== "chat.completion") {
      throw new Error("expected a chat.completion");
    }
    expect(completion.choices[0]?.finish_reason).toBe("tool_calls");
    expect(completion.choices[0]?.message.tool_calls).toEqual([
      {
        id: "call_x",
        type: "function",
        function: { name: "UserInfo", arguments: '{"name":"Jason","age":25}' },
      },
    ]);
  });

  it("streams content, including an emoji split across TCP writes, ending with usage", async () => {
    const { chunks, error } = await streamReply({
      type: "message",
      content: '{"name":"Jasön 😀"}',
      stream: { chunkSize: 3, byteChunkSize: 7 },
      usage: { prompt_tokens: 5, completion_tokens: 6 },
    });
    expect(error).toBeUndefined();
    expect(joined(chunks).content).toBe('{"name":"Jasön 😀"}');
    const last = chunks.at(-1);
    expect(last).toMatchObject({
      choices: [{ finish_reason: "stop" }],
      usage: { total_tokens: 11 },
      time_info: { total_time: expect.any(Number) },
    });
  });

  it("streams tool-call argument deltas", async () => {
    const { chunks, error } = await streamReply({
      type: "message",
      toolCalls: [{ name: "UserInfo", arguments: '{"name":"Jason","age":25}' }],
      stream: { chunkSize: 4 },
    });
    expect(error).toBeUndefined();
    expect(joined(chunks)).toEqual({
      content: "",
      args: '{"name":"Jason","age":25}',
      names: ["UserInfo"],
    });
    expect(chunks.at(-1)).toMatchObject({ choices: [{ finish_reason: "tool_calls" }] });
  });

  it("retries a 429, honouring retry-after, and surfaces a 400's message without retrying", async () => {
    const retrying = new Cerebras({
      apiKey: "csk-test-secret",
      baseURL: server.url,
      maxRetries: 2,
    });
    server.enqueue(
      { type: "error", status: 429, headers: { "retry-after": "0.2" } },
      { type: "message", content: "after the wait" },
    );
    const completion = await retrying.chat.completions.create({ model: "llama3.1-8b", messages });
    expect(completion).toMatchObject({ choices: [{ message: { content: "after the wait" } }] });
    expect(server.requests).toHaveLength(2);
    const [first, second] = server.requests;
    // Loose lower bound: the SDK waited for retry-after (0.2 s) rather than its default backoff.
    expect(second!.receivedAt - first!.receivedAt).toBeGreaterThanOrEqual(150);
    expect(second?.headers["x-stainless-retry-count"]).toBe("1");

    server.reset();
    server.enqueue({ type: "error", status: 400, message: "response_format is not supported" });
    const failure = retrying.chat.completions.create({ model: "llama3.1-8b", messages });
    await expect(failure).rejects.toBeInstanceOf(Cerebras.BadRequestError);
    await expect(failure).rejects.toThrow("400 response_format is not supported");
    expect(server.requests).toHaveLength(1);
  });

  it("exposes a RateLimitError's status and headers when retries are off", async () => {
    server.enqueue({ type: "error", status: 429, headers: { "retry-after": "7" } });
    const error = await client.chat.completions
      .create({ model: "llama3.1-8b", messages })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Cerebras.RateLimitError);
    if (!(error instanceof Cerebras.RateLimitError)) return;
    expect(error.status).toBe(429);
    expect(error.headers?.["retry-after"]).toBe("7");
  });

  it("reports a connection dropped before headers as an APIConnectionError", async () => {
    server.enqueue({ type: "drop" });
    await expect(
      client.chat.completions.create({ model: "llama3.1-8b", messages }),
    ).rejects.toBeInstanceOf(Cerebras.APIConnectionError);
  });

  it("fails the stream when the connection drops mid-stream, after the partial chunks", async () => {
    const { chunks, error } = await streamReply(faultyReply("abcdefgh", { dropAfterChunks: 3 }));
    expect(error).toBeInstanceOf(Error);
    // Three events arrived (role, "ab", "cd"), but SDK 1.91.0 only dispatches an event once bytes
    // follow its blank line (findDoubleNewlineIndex stops at length - 2), so "cd" is lost with
    // the connection. The fetch-level test shows all three reach the client.
    expect(joined(chunks).content).toBe("ab");
  });

  it("fails the stream on a malformed SSE line", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const { chunks, error } = await streamReply(faultyReply("abcdef", { malformedAfterChunks: 2 }));
    expect(error).toBeInstanceOf(SyntaxError);
    expect(joined(chunks).content).toBe("ab");
    expect(logged).toHaveBeenCalled();
  });

  it("turns an in-stream error event into an APIConnectionError whose cause holds the message", async () => {
    const { chunks, error } = await streamReply(faultyReply("abcdef", { errorAfterChunks: 2 }));
    // SDK 1.91.0 builds it with APIError.generate(status, error) and no headers, which yields an
    // APIConnectionError("Connection error.") with the event's error JSON as `cause`.
    expect(error).toBeInstanceOf(Cerebras.APIConnectionError);
    expect(error).toHaveProperty(
      "cause.message",
      expect.stringContaining("Stream interrupted by an internal error"),
    );
    expect(joined(chunks).content).toBe("ab");
  });

  it("ends a stream without [DONE] silently: detecting it is the adapter's job", async () => {
    const { chunks, error } = await streamReply({
      type: "message",
      content: "abc",
      stream: { omitDone: true },
    });
    expect(error).toBeUndefined();
    expect(joined(chunks).content).toBe("abc");
    expect(chunks.at(-1)).toMatchObject({ choices: [{ finish_reason: "stop" }] });
  });

  it("aborts a hanging request through the SDK's signal", async () => {
    server.enqueue({ type: "hang" });
    const controller = new AbortController();
    const pending = client.chat.completions.create(
      { model: "llama3.1-8b", messages },
      { signal: controller.signal },
    );
    await vi.waitFor(() => expect(server.requests).toHaveLength(1));
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(Cerebras.APIUserAbortError);
  });
});
