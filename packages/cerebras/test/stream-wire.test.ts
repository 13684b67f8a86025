import { toJsonSchema } from "@instr/core";
import { type AdapterStreamPart, Mode, type ProviderOptions } from "@instr/core/adapter";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { z } from "zod";
import { cerebrasAdapter } from "../src/cerebras-adapter.js";
import { getTimeInfo } from "../src/time-info.js";
import { useMockCerebras } from "./mock-cerebras.js";

const mock = useMockCerebras();
const User = z.object({ name: z.string(), age: z.int() });

function streamOf(mode: Mode, providerOptions?: ProviderOptions) {
  const adapter = cerebrasAdapter(mock.client);
  return adapter.stream({
    model: "qwen-3.8-27b",
    mode,
    messages: [{ role: "user", content: "Jason is 25" }],
    schema: {
      name: "User",
      jsonSchema: adapter.transformSchema?.(structuredClone(toJsonSchema(User)), mode) ?? {},
    },
    ...(providerOptions === undefined ? {} : { providerOptions }),
  });
}

async function collect(parts: AsyncIterable<AdapterStreamPart>): Promise<AdapterStreamPart[]> {
  const out: AdapterStreamPart[] = [];
  for await (const part of parts) out.push(part);
  return out;
}

const usage = { prompt_tokens: 20, completion_tokens: 9, total_tokens: 29 };

describe("streaming over the wire", () => {
  it("asks for a stream with usage and maps reasoning and text deltas, then the finish", async () => {
    mock.server.enqueue({
      type: "message",
      reasoning: "Jason, 25.",
      content: '{"name":"Jason","age":25}',
      usage,
      stream: { chunks: ['{"name":', '"Jason",', '"age":25}'], chunkSize: 5 },
    });
    const parts = await collect(streamOf(Mode.JSON_SCHEMA));
    expect(mock.body()).toMatchObject({ stream: true, stream_options: { include_usage: true } });
    const finish = parts.at(-1);
    expect(parts.slice(0, -1)).toEqual([
      { type: "reasoning-delta", delta: "Jason" },
      { type: "reasoning-delta", delta: ", 25." },
      { type: "text-delta", delta: '{"name":' },
      { type: "text-delta", delta: '"Jason",' },
      { type: "text-delta", delta: '"age":25}' },
    ]);
    expect(finish).toEqual({
      type: "finish",
      finishReason: "stop",
      usage: { promptTokens: 20, completionTokens: 9, totalTokens: 29 },
      raw: expect.objectContaining({ object: "chat.completion.chunk" }),
    });
    expect(finish?.type === "finish" && getTimeInfo(finish.raw)?.totalTime).toEqual(
      expect.any(Number),
    );
  });

  it("keeps its own stream fields over providerOptions, which are otherwise passed through", async () => {
    mock.server.enqueue({ type: "message", content: '{"name":"Jason","age":25}', usage });
    const parts = await collect(
      streamOf(Mode.JSON, {
        cerebras: { stream: false, stream_options: { include_usage: false }, seed: 7 },
      }),
    );
    expect(mock.body()).toMatchObject({
      stream: true,
      stream_options: { include_usage: true },
      seed: 7,
    });
    expect(parts.at(-1)).toMatchObject({ type: "finish", usage: { totalTokens: 29 } });
  });

  it("maps tool-call deltas with index, id and name first, then argument pieces", async () => {
    mock.server.enqueue({
      type: "message",
      toolCalls: [{ id: "call_7", name: "User", arguments: '{"name":"Jason","age":25}' }],
      stream: { argumentChunks: [['{"name":"Jason",', '"age":25}']] },
    });
    const parts = await collect(streamOf(Mode.TOOLS));
    expect(parts.slice(0, -1)).toEqual([
      { type: "tool-call-delta", index: 0, id: "call_7", name: "User", argumentsDelta: "" },
      { type: "tool-call-delta", index: 0, argumentsDelta: '{"name":"Jason",' },
      { type: "tool-call-delta", index: 0, argumentsDelta: '"age":25}' },
    ]);
    expect(parts.at(-1)).toMatchObject({ type: "finish", finishReason: "tool_calls" });
  });

  it("finishes without usage when the server sends none", async () => {
    mock.server.enqueue({ type: "message", content: "{}", stream: { omitUsage: true } });
    const parts = await collect(streamOf(Mode.JSON));
    expect(parts.at(-1)).toEqual({ type: "finish", finishReason: "stop", raw: expect.any(Object) });
  });

  it("rejects a stream that drops mid-way with a retryable ProviderError holding the partial text", async () => {
    mock.server.enqueue({
      type: "message",
      content: '{"name":"Jason","age":25}',
      stream: { chunks: ['{"name":', '"Jason",', '"age":25}'], dropAfterChunks: 3 },
    });
    const seen: AdapterStreamPart[] = [];
    const error = await collect({
      async *[Symbol.asyncIterator]() {
        for await (const part of streamOf(Mode.JSON_SCHEMA)) {
          seen.push(part);
          yield part;
        }
      },
    }).catch((e: unknown) => e);
    // Bytes written just before the socket is destroyed may or may not arrive: the invariant is
    // that the error holds exactly the text that was streamed before the drop.
    const streamed = seen.map((p) => (p.type === "text-delta" ? p.delta : "")).join("");
    expect(streamed.length).toBeGreaterThan(0);
    expect(error).toMatchObject({
      name: "ProviderError",
      provider: "cerebras",
      isRetryable: true,
      partialText: streamed,
    });
  });

  it("rejects a malformed stream event as a non-retryable ProviderError", async () => {
    // The SDK logs the line it cannot parse before throwing; keep the test output clean.
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    onTestFinished(() => log.mockRestore());
    mock.server.enqueue({
      type: "message",
      content: "{}",
      stream: { malformedAfterChunks: 1 },
    });
    await expect(collect(streamOf(Mode.JSON))).rejects.toMatchObject({
      name: "ProviderError",
      isRetryable: false,
      message: expect.stringMatching(/^cerebras: /),
    });
  });

  it("rejects an in-stream error event with the provider's message", async () => {
    mock.server.enqueue({
      type: "message",
      content: '{"name":"Jason"}',
      stream: { chunks: ['{"name":', '"Jason"}'], errorAfterChunks: 2 },
    });
    const error = await collect(streamOf(Mode.JSON_SCHEMA)).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "ProviderError", partialText: '{"name":' });
    expect(error).toMatchObject({
      message: expect.stringMatching(/^cerebras: error in the stream: \S/),
      isRetryable: true,
    });
  });

  it("rejects an HTTP error before the stream starts like a non-streaming call", async () => {
    mock.server.enqueue({ type: "error", status: 503, message: "Service unavailable" });
    await expect(collect(streamOf(Mode.JSON))).rejects.toMatchObject({
      name: "ProviderError",
      status: 503,
      isRetryable: true,
      message: "cerebras: 503 Service unavailable",
    });
  });
});
