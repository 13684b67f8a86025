import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { MockScriptError } from "./mock-script-error.js";
import { startMockServer } from "./server.js";
import { contentOf, postChat, readBody } from "./test-support/read-sse.js";
import type { MockServer } from "./types.js";

let server: MockServer;

beforeAll(async () => {
  server = await startMockServer();
});
afterEach(() => server.reset());
afterAll(() => server.close());

describe("startMockServer", () => {
  it("listens on loopback with an ephemeral port and exposes both base URLs", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
    expect(server.baseURL).toBe(`${server.url}/v1`);
    expect(server.dialect).toBe("cerebras");
  });

  it("answers a non-streaming request with a Cerebras chat.completion", async () => {
    server.enqueue({
      type: "message",
      content: '{"name":"Jason","age":25}',
      reasoning: "The user gave a name and an age.",
      usage: { prompt_tokens: 12, completion_tokens: 10 },
    });
    const response = await postChat(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    const body = await readBody(response);
    expect(body).toMatchObject({
      id: expect.stringMatching(/^chatcmpl-/),
      object: "chat.completion",
      created: expect.any(Number),
      model: "llama-4-scout-17b-16e-instruct",
      system_fingerprint: expect.any(String),
      choices: [
        {
          index: 0,
          message: {
            role: "assistant",
            content: '{"name":"Jason","age":25}',
            reasoning: "The user gave a name and an age.",
          },
          finish_reason: "stop",
          logprobs: null,
        },
      ],
      usage: { prompt_tokens: 12, completion_tokens: 10, total_tokens: 22 },
      time_info: {
        queue_time: expect.any(Number),
        prompt_time: expect.any(Number),
        completion_time: expect.any(Number),
        total_time: expect.any(Number),
        created: body.created,
      },
    });
    expect(body.choices[0]?.message).not.toHaveProperty("tool_calls");
  });

  it("sends tool calls with content null and finish_reason tool_calls", async () => {
    server.enqueue({
      type: "message",
      toolCalls: [
        { id: "call_1", name: "User", arguments: '{"name":"Jason"}' },
        { name: "User", arguments: '{"name":"Sarah"}' },
      ],
    });
    const body = await readBody(await postChat(server.url));
    const choice = body.choices[0]!;
    expect(choice.finish_reason).toBe("tool_calls");
    expect(choice.message.content).toBeNull();
    expect(choice.message.tool_calls).toEqual([
      { id: "call_1", type: "function", function: { name: "User", arguments: '{"name":"Jason"}' } },
      {
        id: expect.stringMatching(/^call_[0-9a-f]{24}$/),
        type: "function",
        function: { name: "User", arguments: '{"name":"Sarah"}' },
      },
    ]);
  });

  it("records every request with lower-cased headers, parsed and raw body", async () => {
    server.enqueue({ type: "message", content: "a" }, { type: "message", content: "b" });
    await postChat(server.url, { temperature: 0 });
    await postChat(server.url);
    expect(server.requests).toHaveLength(2);
    const [first] = server.requests;
    expect(first).toMatchObject({
      method: "POST",
      path: "/v1/chat/completions",
      body: { model: "llama-4-scout-17b-16e-instruct", temperature: 0 },
    });
    expect(first?.headers.authorization).toBe("Bearer sk-test-secret");
    expect(JSON.parse(first?.rawBody ?? "")).toEqual(first?.body);
    expect(server.requests[1]!.receivedAt).toBeGreaterThanOrEqual(first!.receivedAt);
  });

  it("keeps no request with recordRequests: false, and still hands each to the handler", async () => {
    const unrecorded = await startMockServer({ recordRequests: false });
    try {
      const seen: unknown[] = [];
      unrecorded.setHandler((request) => {
        seen.push(request.body);
        return { type: "message", content: "a" };
      });
      const response = await postChat(unrecorded.url, { temperature: 0 });
      expect(await contentOf(response)).toBe("a");
      expect(seen).toEqual([expect.objectContaining({ temperature: 0 })]);
      expect(unrecorded.requests).toHaveLength(0);
    } finally {
      await unrecorded.close();
    }
  });

  it("uses the queue first-in first-out, then the handler, then a 500 saying no scripted reply", async () => {
    server.enqueue({ type: "message", content: "first" }, { type: "message", content: "second" });
    expect(server.pending).toBe(2);
    const texts = [];
    for (let i = 0; i < 2; i++) {
      texts.push(await contentOf(await postChat(server.url)));
    }
    expect(texts).toEqual(["first", "second"]);

    server.setHandler((request) => ({ type: "message", content: `seen ${request.path}` }));
    expect(await contentOf(await postChat(server.url))).toBe("seen /v1/chat/completions");

    server.setHandler(undefined);
    const missing = await postChat(server.url);
    expect(missing.status).toBe(500);
    expect((await readBody(missing)).message).toMatch(/no scripted reply/);
  });

  it("falls back to defaultReply when the queue is empty", async () => {
    const other = await startMockServer({ defaultReply: { type: "message", content: "default" } });
    try {
      expect(await contentOf(await postChat(other.url))).toBe("default");
    } finally {
      await other.close();
    }
  });

  it("reports a handler that throws as a 500 with its message", async () => {
    server.setHandler(() => {
      throw new Error("handler exploded");
    });
    const response = await postChat(server.url);
    expect(response.status).toBe(500);
    expect((await readBody(response)).message).toContain("handler exploded");
  });

  it("answers an error reply with status, headers and a top-level Cerebras error body", async () => {
    server.enqueue({
      type: "error",
      status: 429,
      headers: { "retry-after": "2", "x-ratelimit-remaining-requests-minute": "0" },
    });
    const response = await postChat(server.url);
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("2");
    expect(response.headers.get("x-ratelimit-remaining-requests-minute")).toBe("0");
    expect(await readBody(response)).toEqual({
      message: expect.stringContaining("limit exceeded"),
      type: "too_many_requests_error",
      param: null,
      code: "request_quota_exceeded",
    });
  });

  it("nests the error under `error` in the OpenAI dialect", async () => {
    const openai = await startMockServer({ dialect: "openai" });
    try {
      openai.enqueue({ type: "error", status: 401, message: "Incorrect API key provided" });
      const response = await postChat(openai.url);
      expect(response.status).toBe(401);
      expect(await readBody(response)).toEqual({
        error: {
          message: "Incorrect API key provided",
          type: "invalid_request_error",
          param: null,
          code: null,
        },
      });
    } finally {
      await openai.close();
    }
  });

  it("sends an error reply's own body verbatim", async () => {
    server.enqueue({ type: "error", status: 503, body: { detail: "overloaded" } });
    const response = await postChat(server.url);
    expect(response.status).toBe(503);
    expect(await readBody(response)).toEqual({ detail: "overloaded" });
  });

  it("sends raw bytes exactly", async () => {
    const raw = '{"id":"chatcmpl-x","object":"chat.completion","choices":[]}';
    server.enqueue({ type: "raw", body: raw });
    const response = await postChat(server.url);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(raw);
  });

  it("drops the connection before headers", async () => {
    server.enqueue({ type: "drop" });
    await expect(postChat(server.url)).rejects.toThrow(TypeError);
    expect(server.requests).toHaveLength(1);
  });

  it("waits delayMs before sending headers", async () => {
    server.enqueue({ type: "message", content: "late", delayMs: 60 });
    const started = performance.now();
    const response = await postChat(server.url);
    expect(performance.now() - started).toBeGreaterThanOrEqual(50);
    expect(await contentOf(response)).toBe("late");
  });

  it("hangs until the client aborts", async () => {
    server.enqueue({ type: "hang" });
    const controller = new AbortController();
    const pending = fetch(`${server.url}/v1/chat/completions`, {
      method: "POST",
      body: "{}",
      signal: controller.signal,
    });
    // Abort once the server holds the request, so it really is the hang being aborted.
    await vi.waitFor(() => expect(server.requests).toHaveLength(1));
    controller.abort();
    await expect(pending).rejects.toThrow(/abort/i);
  });

  it("answers unknown routes with 404 and a body that is not JSON with 400, recording both", async () => {
    const notFound = await fetch(`${server.url}/v1/models`);
    expect(notFound.status).toBe(404);
    expect((await readBody(notFound)).type).toBe("not_found_error");
    const badJson = await fetch(`${server.url}/v1/chat/completions`, {
      method: "POST",
      body: "{not json",
    });
    expect(badJson.status).toBe(400);
    expect((await readBody(badJson)).message).toMatch(/not valid JSON/);
    expect(server.requests.map((r) => [r.method, r.path, r.body, r.rawBody])).toEqual([
      ["GET", "/v1/models", undefined, ""],
      ["POST", "/v1/chat/completions", undefined, "{not json"],
    ]);
  });

  it("answers the Cerebras SDK's GET /v1/tcp_warming apart from the request log", async () => {
    const response = await fetch(`${server.url}/v1/tcp_warming`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({});
    expect(server.requests).toHaveLength(0);
    expect(server.warmupRequests.map((r) => r.path)).toEqual(["/v1/tcp_warming"]);
  });

  it("rejects at enqueue a script whose chunks disagree with its content", () => {
    expect(() =>
      server.enqueue({ type: "message", content: "abc", stream: { chunks: ["a", "b"] } }),
    ).toThrow(MockScriptError);
    expect(() =>
      server.enqueue({
        type: "message",
        toolCalls: [{ name: "f", arguments: "{}" }],
        stream: { argumentChunks: [["{"]] },
      }),
    ).toThrow(/argumentChunks\[0\]/);
    expect(() => server.enqueue({ type: "error", status: 42 })).toThrow(MockScriptError);
    expect(server.pending).toBe(0);
  });

  it("reset clears the queue, the log and the handler", async () => {
    server.enqueue({ type: "message", content: "queued" });
    server.setHandler(() => ({ type: "message", content: "handled" }));
    await postChat(server.url);
    server.enqueue({ type: "message", content: "left over" });
    server.reset();
    expect(server.requests).toHaveLength(0);
    expect(server.pending).toBe(0);
    expect((await postChat(server.url)).status).toBe(500);
  });
});

describe("close", () => {
  it("releases hanging requests, destroys sockets and can be called twice", async () => {
    const other = await startMockServer();
    other.enqueue({ type: "hang" });
    const pending = postChat(other.url);
    await vi.waitFor(() => expect(other.requests).toHaveLength(1));
    await other.close();
    await expect(pending).rejects.toThrow(TypeError);
    await other.close();
    await expect(postChat(other.url)).rejects.toThrow(TypeError);
  });
});
