import {
  type AdapterRequest,
  Mode,
  ProviderError,
  UnsupportedModeError,
  UnsupportedSchemaError,
} from "@instr/core/adapter";
import { startMockServer } from "@instr/mock-server";
import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { openaiAdapter } from "../src/openai-adapter.js";
import { openaiTestServer } from "./openai-test-server.js";

const { server, client } = await openaiTestServer();

const person = {
  type: "object",
  properties: { name: { type: "string" }, age: { type: "integer" } },
  required: ["name", "age"],
  additionalProperties: false,
};

function request(mode: Mode, jsonSchema: Record<string, unknown>): AdapterRequest {
  return {
    model: "gpt-test",
    mode,
    messages: [{ role: "user", content: "Jason is 25" }],
    schema: { name: "Person", jsonSchema },
  };
}

describe("openaiAdapter", () => {
  it("sends TOOLS functions with strict: true only when the schema already fits the dialect", async () => {
    const adapter = openaiAdapter(client);
    const open = { type: "object", properties: { name: { type: "string" } } };
    expect(adapter.transformSchema?.(open, Mode.TOOLS)).toBe(open);
    server.enqueue({ type: "message", content: "{}" }, { type: "message", content: "{}" });
    await adapter.complete(request(Mode.TOOLS, person));
    await adapter.complete(request(Mode.TOOLS, open));
    const [strict, loose] = server.requests.map((r) => r.body);
    expect(strict).toMatchObject({ tools: [{ function: { name: "Person", strict: true } }] });
    expect(loose).toMatchObject({ tools: [{ function: { name: "Person" } }] });
    expect(loose).not.toHaveProperty("tools.0.function.strict");
  });

  it("leaves the strict flag off with strictTools: false", async () => {
    const adapter = openaiAdapter(client, { strictTools: false, provider: "local-vllm" });
    server.enqueue({ type: "message", content: "{}" });
    await adapter.complete(request(Mode.TOOLS, person));
    expect(server.requests[0]?.body).not.toHaveProperty("tools.0.function.strict");
    expect(adapter.provider).toBe("local-vllm");
  });

  it("rewrites JSON_SCHEMA schemas into the strict dialect, optional properties as nullable", () => {
    const adapter = openaiAdapter(client);
    const withOptional = { type: "object", properties: { nickname: { type: "string" } } };
    expect(adapter.transformSchema?.(withOptional, Mode.JSON_SCHEMA)).toEqual({
      type: "object",
      properties: { nickname: { type: ["string", "null"] } },
      required: ["nickname"],
      additionalProperties: false,
    });
  });

  it("rejects a JSON_SCHEMA schema outside the dialect with every issue listed", () => {
    const adapter = openaiAdapter(client);
    const record = {
      type: "object",
      properties: { scores: { type: "object", additionalProperties: { type: "number" } } },
      required: ["scores"],
    };
    let thrown: unknown;
    try {
      adapter.transformSchema?.(record, Mode.JSON_SCHEMA);
    } catch (error) {
      thrown = error;
    }
    expect(UnsupportedModeError.isInstance(thrown)).toBe(true);
    expect(UnsupportedSchemaError.isInstance(thrown)).toBe(true);
    expect(thrown).toMatchObject({
      mode: "json_schema",
      provider: "openai",
      pointer: "/properties/scores/additionalProperties",
    });
    expect(String(thrown)).toContain(
      "objects must set `additionalProperties: false` (records and catch-alls are not supported) (at /properties/scores/additionalProperties)",
    );
  });

  it("sends reasoningEffort as reasoning_effort, streamed or not, and nothing without it", async () => {
    const adapter = openaiAdapter(client);
    server.enqueue({ type: "message", content: "{}" }, { type: "message", content: "{}" });
    server.enqueue({ type: "message", content: "{}" });
    await adapter.complete({ ...request(Mode.JSON, person), reasoningEffort: "low" });
    for await (const _ of adapter.stream({
      ...request(Mode.JSON, person),
      reasoningEffort: "high",
    })) {
      // drain
    }
    await adapter.complete(request(Mode.JSON, person));
    expect(server.requests[0]?.body).toMatchObject({ reasoning_effort: "low" });
    expect(server.requests[1]?.body).toMatchObject({ reasoning_effort: "high" });
    expect(server.requests[2]?.body).not.toHaveProperty("reasoning_effort");
  });

  it("sends its own providerOptions for wire fields it does not know; the mode's fields win", async () => {
    const adapter = openaiAdapter(client);
    server.enqueue({ type: "message", content: "{}" });
    await adapter.complete({
      ...request(Mode.JSON, person),
      maxTokens: 50,
      providerOptions: {
        openai: { seed: 7, max_tokens: 50, response_format: { type: "text" }, model: "other" },
        cerebras: { top_p: 0.1 },
      },
    });
    expect(server.requests[0]?.body).toMatchObject({
      seed: 7,
      max_tokens: 50,
      max_completion_tokens: 50,
      response_format: { type: "json_object" },
      model: request(Mode.JSON, person).model,
    });
    expect(server.requests[0]?.body).not.toHaveProperty("top_p");
  });

  it("maps a malformed response to a non-retryable ProviderError", async () => {
    const adapter = openaiAdapter(client);
    server.enqueue({ type: "raw", body: '{"id":"x","choices":[]}' });
    const error = await adapter.complete(request(Mode.JSON, person)).catch((e: unknown) => e);
    expect(ProviderError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      isRetryable: false,
      message: "openai: the completion has no choices.",
    });
  });

  it("writes an error status once: the provider's message after it", async () => {
    const adapter = openaiAdapter(client);
    server.enqueue({ type: "error", status: 401, message: "Wrong API Key" });
    const error = await adapter.complete(request(Mode.JSON, person)).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 401, message: "openai: 401 Wrong API Key" });
  });

  it("maps a stream that breaks mid-way to a ProviderError", async () => {
    const adapter = openaiAdapter(client);
    server.enqueue({ type: "message", content: "x".repeat(100), stream: { dropAfterChunks: 3 } });
    const parts: unknown[] = [];
    const error = await (async () => {
      for await (const part of adapter.stream(request(Mode.JSON, person))) parts.push(part);
    })().catch((e: unknown) => e);
    expect(ProviderError.isInstance(error)).toBe(true);
    expect(parts.length).toBeGreaterThan(0);
  });
});

describe("openaiAdapter against a Cerebras-compatible endpoint", () => {
  it("reads completions, streams with usage in the last chunk, and error statuses", async () => {
    const cerebras = await startMockServer({ dialect: "cerebras" });
    try {
      const adapter = openaiAdapter(
        new OpenAI({ apiKey: "csk-test-0123456789", baseURL: cerebras.baseURL, maxRetries: 0 }),
        { provider: "cerebras-openai-compatible" },
      );
      const call = { id: "call_1", name: "Person", arguments: '{"name":"Jason","age":25}' };
      const usage = { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 };
      cerebras.enqueue(
        { type: "message", toolCalls: [call], usage },
        { type: "message", toolCalls: [call], usage, stream: { chunkSize: 4 } },
        {
          type: "error",
          status: 429,
          message: "Too many requests",
          headers: { "retry-after": "2" },
        },
      );
      const response = await adapter.complete(request(Mode.TOOLS, person));
      expect(response).toMatchObject({ toolCalls: [call], finishReason: "tool_calls" });
      const parts = [];
      for await (const part of adapter.stream(request(Mode.TOOLS, person))) parts.push(part);
      expect(parts.at(-1)).toMatchObject({
        type: "finish",
        finishReason: "tool_calls",
        usage: { promptTokens: 10, completionTokens: 5, totalTokens: 15 },
      });
      const error = await adapter.complete(request(Mode.TOOLS, person)).catch((e: unknown) => e);
      // Cerebras puts its error message at the top level of the body, where the openai SDK does
      // not look, so only status and headers survive; @instr/cerebras keeps the message.
      expect(error).toMatchObject({
        status: 429,
        isRetryable: true,
        provider: "cerebras-openai-compatible",
        headers: { "retry-after": "2" },
      });
    } finally {
      await cerebras.close();
    }
  });
});
