import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startMockServer } from "./server.js";
import { faultyReply } from "./test-support/faulty-reply.js";
import { parseChunks, postChat, ssePayloads, type WireChunk } from "./test-support/read-sse.js";
import type { MockServer, StreamScript } from "./types.js";

let server: MockServer;
let openai: MockServer;

beforeAll(async () => {
  server = await startMockServer();
  openai = await startMockServer({ dialect: "openai" });
});
afterEach(() => {
  server.reset();
  openai.reset();
});
afterAll(async () => {
  await server.close();
  await openai.close();
});

/** Streams `content` in 2-character chunks with one scripted fault and returns the SSE payloads. */
async function faultyStream(content: string, fault: StreamScript): Promise<string[]> {
  server.enqueue(faultyReply(content, fault));
  const response = await postChat(server.url, { stream: true });
  return ssePayloads(await response.text());
}

/** Streams one request and returns its parsed chunks plus whether `[DONE]` ended it. */
async function streamChunks(
  target: MockServer,
  extra: Record<string, unknown> = {},
): Promise<{ chunks: WireChunk[]; done: boolean; raw: string }> {
  const response = await postChat(target.url, { stream: true, ...extra });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/event-stream");
  const raw = await response.text();
  const payloads = ssePayloads(raw);
  const done = payloads.at(-1) === "[DONE]";
  return { chunks: parseChunks(payloads), done, raw };
}

const deltas = (chunks: WireChunk[]) =>
  chunks.flatMap((chunk) => chunk.choices.slice(0, 1).map((choice) => choice.delta));

describe("SSE streaming", () => {
  it("streams role, content pieces, a finish chunk with usage + time_info, then [DONE] (Cerebras)", async () => {
    server.enqueue({
      type: "message",
      content: '{"name":"Jason"}',
      stream: { chunkSize: 5 },
      usage: { prompt_tokens: 3, completion_tokens: 4 },
    });
    const { chunks, done } = await streamChunks(server);
    expect(done).toBe(true);
    const ids = new Set(chunks.map((c) => c.id));
    expect(ids.size).toBe(1);
    for (const chunk of chunks) expect(chunk.object).toBe("chat.completion.chunk");
    expect(deltas(chunks)).toEqual([
      { role: "assistant" },
      { content: '{"nam' },
      { content: 'e":"J' },
      { content: 'ason"' },
      { content: "}" },
      {},
    ]);
    const last = chunks.at(-1)!;
    expect(last.choices[0]?.finish_reason).toBe("stop");
    expect(last.usage).toEqual({ prompt_tokens: 3, completion_tokens: 4, total_tokens: 7 });
    expect(last.time_info).toMatchObject({ total_time: expect.any(Number) });
    for (const chunk of chunks.slice(0, -1)) expect(chunk.choices[0]?.finish_reason).toBeNull();
  });

  it("streams reasoning before content", async () => {
    server.enqueue({
      type: "message",
      reasoning: "think",
      content: "ok",
      stream: { chunkSize: 3 },
    });
    const { chunks } = await streamChunks(server);
    expect(deltas(chunks).slice(1, -1)).toEqual([
      { reasoning: "thi" },
      { reasoning: "nk" },
      { content: "ok" },
    ]);
  });

  it("streams tool calls: a header delta with id and name, then argument pieces", async () => {
    server.enqueue({
      type: "message",
      toolCalls: [
        { id: "call_a", name: "User", arguments: '{"a":1}' },
        { id: "call_b", name: "User", arguments: "{}" },
      ],
      stream: { argumentChunks: [['{"a"', ":1}"]] },
    });
    const { chunks } = await streamChunks(server);
    expect(deltas(chunks)).toEqual([
      { role: "assistant" },
      {
        tool_calls: [
          { index: 0, id: "call_a", type: "function", function: { name: "User", arguments: "" } },
        ],
      },
      { tool_calls: [{ index: 0, function: { arguments: '{"a"' } }] },
      { tool_calls: [{ index: 0, function: { arguments: ":1}" } }] },
      {
        tool_calls: [
          { index: 1, id: "call_b", type: "function", function: { name: "User", arguments: "" } },
        ],
      },
      { tool_calls: [{ index: 1, function: { arguments: "{}" } }] },
      {},
    ]);
    expect(chunks.at(-1)!.choices[0]?.finish_reason).toBe("tool_calls");
  });

  it("passes explicit chunks through, even lone surrogates, losslessly", async () => {
    server.enqueue({ type: "message", stream: { chunks: ["a\ud83d", "\ude00b"] } });
    const { chunks, raw } = await streamChunks(server);
    expect(raw).toContain("\\ud83d");
    const text = deltas(chunks)
      .map((d) => d.content ?? "")
      .join("");
    expect(text).toBe("a😀b");
  });

  it("splits SSE bytes so a multi-byte emoji straddles separate reads", async () => {
    server.enqueue({
      type: "message",
      content: "😀",
      // 1 ms between 3-byte writes: each write arrives as its own read on loopback.
      stream: { byteChunkSize: 3, chunkDelayMs: 1, omitUsage: true },
    });
    const response = await postChat(server.url, { stream: true });
    const reads: Uint8Array[] = [];
    for await (const read of response.body!) reads.push(read);
    const whole = Buffer.concat(reads);
    const emojiAt = whole.indexOf(Buffer.from("😀"));
    expect(emojiAt).toBeGreaterThan(0);
    let boundary = 0;
    const boundaries = reads.map((read) => (boundary += read.length));
    expect(boundaries.some((b) => b > emojiAt && b < emojiAt + 4)).toBe(true);
    expect(ssePayloads(whole.toString("utf8")).at(-1)).toBe("[DONE]");
  });

  it("OpenAI dialect: usage only in a trailing choices:[] chunk when include_usage is set", async () => {
    openai.enqueue(
      { type: "message", content: "hi", usage: { prompt_tokens: 1, completion_tokens: 1 } },
      { type: "message", content: "hi" },
    );
    const withUsage = await streamChunks(openai, { stream_options: { include_usage: true } });
    expect(withUsage.done).toBe(true);
    const usageChunk = withUsage.chunks.at(-1)!;
    expect(usageChunk.choices).toEqual([]);
    expect(usageChunk.usage).toEqual({ prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 });
    for (const chunk of withUsage.chunks.slice(0, -1)) expect(chunk.usage).toBeNull();
    expect(deltas(withUsage.chunks)[0]).toEqual({ role: "assistant", content: "" });
    expect(withUsage.chunks.some((c) => "time_info" in c)).toBe(false);

    const without = await streamChunks(openai);
    expect(without.chunks.some((c) => "usage" in c)).toBe(false);
    expect(without.chunks.at(-1)!.choices[0]?.finish_reason).toBe("stop");
  });

  it("omitUsage and omitDone remove usage and [DONE]", async () => {
    server.enqueue({ type: "message", content: "x", stream: { omitUsage: true, omitDone: true } });
    const { chunks, done } = await streamChunks(server);
    expect(done).toBe(false);
    expect(chunks.at(-1)!.choices[0]?.finish_reason).toBe("stop");
    expect(chunks.some((c) => "usage" in c)).toBe(false);
  });

  it("inserts a malformed line after N events and carries on", async () => {
    const payloads = await faultyStream("abcd", { malformedAfterChunks: 2 });
    expect(() => JSON.parse(payloads[2]!)).toThrow(SyntaxError);
    expect(JSON.parse(payloads[1]!).choices[0]?.delta).toEqual({ content: "ab" });
    expect(JSON.parse(payloads[3]!).choices[0]?.delta).toEqual({ content: "cd" });
    expect(payloads.at(-1)).toBe("[DONE]");
  });

  it("sends an in-stream error event after N events and ends without [DONE]", async () => {
    const payloads = await faultyStream("abcd", { errorAfterChunks: 2 });
    expect(payloads).toHaveLength(3);
    expect(JSON.parse(payloads[2]!)).toEqual({
      error: expect.objectContaining({ message: expect.any(String), type: "server_error" }),
      status_code: 500,
    });
  });

  it("drops the connection after N events: the body read fails after the partial data", async () => {
    server.enqueue(faultyReply("abcdef", { dropAfterChunks: 3 }));
    const response = await postChat(server.url, { stream: true });
    const decoder = new TextDecoder();
    let received = "";
    const read = async () => {
      for await (const part of response.body!) received += decoder.decode(part, { stream: true });
    };
    await expect(read()).rejects.toThrow();
    expect(ssePayloads(received).map((p) => JSON.parse(p).choices[0]?.delta)).toEqual([
      { role: "assistant" },
      { content: "ab" },
      { content: "cd" },
    ]);
  });

  it("holds the stream at a gate until the test releases it", async () => {
    let release = (): void => {};
    const until = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.enqueue(faultyReply("abcd", { gate: { afterChunks: 2, until } }));
    const response = await postChat(server.url, { stream: true });
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let received = "";
    const readOnce = async (): Promise<boolean> => {
      const { value, done } = await reader.read();
      received += decoder.decode(value, { stream: true });
      return done;
    };
    while (ssePayloads(received).length < 2 || !received.endsWith("\n\n")) await readOnce();
    // Nothing more arrives while the gate is shut (a loose wait: without the gate the rest comes at once).
    const idle = new Promise<"idle">((resolve) => setTimeout(() => resolve("idle"), 50));
    const next = readOnce();
    expect(await Promise.race([next, idle])).toBe("idle");
    expect(ssePayloads(received).map((p) => JSON.parse(p).choices[0]?.delta)).toEqual([
      { role: "assistant" },
      { content: "ab" },
    ]);
    release();
    let done = await next;
    while (!done) done = await readOnce();
    const payloads = ssePayloads(received);
    expect(JSON.parse(payloads[2]!).choices[0]?.delta).toEqual({ content: "cd" });
    expect(payloads.at(-1)).toBe("[DONE]");
  });

  it("rejects a gate position that is not a whole number", () => {
    const gate = { afterChunks: -1, until: Promise.resolve() };
    expect(() => server.enqueue({ type: "message", content: "x", stream: { gate } })).toThrow(
      /gate.afterChunks/,
    );
  });

  it("uses the reply's model and headers", async () => {
    server.enqueue({
      type: "message",
      content: "x",
      model: "gpt-oss-120b",
      headers: { "x-ratelimit-remaining-tokens-minute": "999" },
    });
    const response = await postChat(server.url, { stream: true });
    expect(response.headers.get("x-ratelimit-remaining-tokens-minute")).toBe("999");
    const first = JSON.parse(ssePayloads(await response.text())[0]!);
    expect(first.model).toBe("gpt-oss-120b");
  });
});
