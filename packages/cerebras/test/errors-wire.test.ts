import { inspect } from "node:util";
import { toJsonSchema } from "@instr/core";
import { type AdapterRequest, Mode, ProviderError } from "@instr/core/adapter";
import { rejectionOf } from "@instr/core/testing";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { cerebrasAdapter } from "../src/cerebras-adapter.js";
import { TEST_KEY, useMockCerebras } from "./mock-cerebras.js";

const mock = useMockCerebras();

function request(extra: Partial<AdapterRequest> = {}): AdapterRequest {
  return {
    model: "qwen-3.8-27b",
    mode: Mode.JSON,
    messages: [{ role: "user", content: "Jason is 25" }],
    schema: { name: "User", jsonSchema: toJsonSchema(z.object({ name: z.string() })) },
    ...extra,
  };
}

describe("HTTP errors become ProviderError", () => {
  it.each([
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [408, true],
    [409, true],
    [422, false],
    [429, true],
    [500, true],
    [503, true],
  ])("status %i: isRetryable %s, with the provider's message", async (status, retryable) => {
    mock.server.enqueue({ type: "error", status, message: `problem ${status}` });
    const error = await rejectionOf(cerebrasAdapter(mock.client).complete(request()));
    expect(ProviderError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      provider: "cerebras",
      status,
      isRetryable: retryable,
      message: `cerebras: ${status} problem ${status}`,
    });
  });

  it("keeps retry-after, rate-limit headers and the request id, and nothing else", async () => {
    const kept = {
      "retry-after": "3",
      "x-ratelimit-limit-requests-minute": "30",
      "x-ratelimit-remaining-tokens-minute": "0",
      "x-request-id": "req_1",
    };
    mock.server.enqueue({ type: "error", status: 429, headers: { ...kept, "set-cookie": "a=b" } });
    const error = await rejectionOf(cerebrasAdapter(mock.client).complete(request()));
    expect(error).toMatchObject({ status: 429, headers: kept });
    expect(Object.keys((error as ProviderError).headers)).not.toContain("set-cookie");
  });

  it("lets the server's x-should-retry decide", async () => {
    mock.server.enqueue({ type: "error", status: 503, headers: { "x-should-retry": "false" } });
    expect(await rejectionOf(cerebrasAdapter(mock.client).complete(request()))).toMatchObject({
      isRetryable: false,
    });
  });

  it("never shows the API key, even when the server echoes it", async () => {
    mock.server.enqueue({
      type: "error",
      status: 401,
      message: `Wrong API Key ${TEST_KEY} (also csk-someoneelse12345)`,
    });
    const error = await rejectionOf(cerebrasAdapter(mock.client).complete(request()));
    expect(error).toMatchObject({
      message: "cerebras: 401 Wrong API Key [redacted] (also [redacted])",
    });
    expect(JSON.stringify(error)).not.toContain(TEST_KEY);
    expect(inspect(error, { depth: 10 })).not.toContain(TEST_KEY);
    expect(inspect(error, { depth: 10 })).not.toContain("csk-someoneelse");
    expect(String((error as Error).cause)).not.toContain(TEST_KEY);
  });

  it("maps a refused or dropped connection to a retryable ProviderError without status", async () => {
    mock.server.enqueue({ type: "drop" });
    const error = await rejectionOf(cerebrasAdapter(mock.client).complete(request()));
    expect(error).toMatchObject({ name: "ProviderError", isRetryable: true, status: undefined });
    expect((error as Error).message).toMatch(/^cerebras: connection failed: /);
  });

  it("maps the SDK timeout to a retryable ProviderError", async () => {
    mock.server.enqueue({ type: "hang" });
    const error = await rejectionOf(
      cerebrasAdapter(mock.clientWith({ timeout: 50 })).complete(request()),
    );
    expect(error).toMatchObject({
      name: "ProviderError",
      isRetryable: true,
      message: "cerebras: connection failed: Request timed out.",
    });
  });
});

describe("transport retries belong to the SDK", () => {
  it("retries a 429 after its retry-after and succeeds, with one adapter call", async () => {
    mock.server.enqueue(
      { type: "error", status: 429, headers: { "retry-after": "0" } },
      { type: "message", content: '{"name":"Jason"}' },
    );
    const response = await cerebrasAdapter(mock.clientWith({ maxRetries: 1 })).complete(request());
    expect(response.text).toBe('{"name":"Jason"}');
    expect(mock.server.requests).toHaveLength(2);
  });

  it("does not retry a 400 even when the client may", async () => {
    mock.server.enqueue({ type: "error", status: 400 }, { type: "message", content: "{}" });
    await rejectionOf(cerebrasAdapter(mock.clientWith({ maxRetries: 2 })).complete(request()));
    expect(mock.server.requests).toHaveLength(1);
  });
});

describe("abort", () => {
  it("rejects with an AbortError (not a ProviderError) when aborted while waiting", async () => {
    mock.server.enqueue({ type: "hang" });
    const controller = new AbortController();
    const call = cerebrasAdapter(mock.client).complete(request({ signal: controller.signal }));
    // Abort once the server holds the request: a request still on its way when the test ends
    // would take the next test's scripted reply.
    await vi.waitFor(() => expect(mock.server.requests).toHaveLength(1));
    controller.abort();
    const error = await rejectionOf(call);
    expect(error).toBeInstanceOf(DOMException);
    expect(error).toMatchObject({ name: "AbortError" });
    expect(ProviderError.isInstance(error)).toBe(false);
  });

  it("rejects with the signal's own reason, and sends nothing when already aborted", async () => {
    const reason = new Error("user left");
    const error = await rejectionOf(
      cerebrasAdapter(mock.client).complete(request({ signal: AbortSignal.abort(reason) })),
    );
    expect(error).toBe(reason);
    expect(mock.server.requests).toHaveLength(0);
  });

  it("rejects a stream aborted mid-way with the abort, after the parts so far", async () => {
    mock.server.enqueue({
      type: "message",
      content: '{"name":"Jason"}',
      stream: { chunks: ['{"name":', '"Jason"}'], chunkDelayMs: 200 },
    });
    const controller = new AbortController();
    const seen: string[] = [];
    const error = await rejectionOf(
      (async () => {
        for await (const part of cerebrasAdapter(mock.client).stream(
          request({ signal: controller.signal }),
        )) {
          seen.push(part.type);
          controller.abort();
        }
      })(),
    );
    expect(error).toMatchObject({ name: "AbortError" });
    expect(seen).toEqual(["text-delta"]);
  });

  it("rejects with a TimeoutError for AbortSignal.timeout", async () => {
    mock.server.enqueue({ type: "hang" });
    const error = await rejectionOf(
      cerebrasAdapter(mock.client).complete(request({ signal: AbortSignal.timeout(30) })),
    );
    expect(error).toMatchObject({ name: "TimeoutError" });
  });
});
