import { Mode, ProviderError, RefusalError, rateLimitDelayMs } from "@instr/core";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fromAnthropic } from "../src/from-anthropic.js";
import { anthropicTestServer, TEST_API_KEY } from "./anthropic-test-server.js";

const { server, client } = await anthropicTestServer();
const Person = z.object({ name: z.string(), age: z.number().int() });
const model = "claude-sonnet-4-5";
const prompt = "Jason is 25";
const jason = '{"name":"Jason","age":25}';

function lastBody(): Record<string, unknown> {
  const body = server.requests.at(-1)?.body;
  if (typeof body !== "object" || body === null) throw new Error("no request body");
  return Object.fromEntries(Object.entries(body));
}

describe("fromAnthropic through @anthropic-ai/sdk", () => {
  it("TOOLS (default): one forced tool with the schema as input_schema, default max_tokens", async () => {
    server.enqueue({ type: "message", toolCalls: [{ name: "Response", arguments: jason }] });
    const person = await fromAnthropic(client).generate({ responseModel: Person, model, prompt });
    expect(person).toEqual({ name: "Jason", age: 25 });
    const body = lastBody();
    expect(body.tool_choice).toEqual({
      type: "tool",
      name: "Response",
      disable_parallel_tool_use: true,
    });
    expect(body).toMatchObject({
      max_tokens: 4096,
      tools: [{ name: "Response", input_schema: { type: "object" } }],
    });
    expect(JSON.stringify(server.requests.at(-1)?.headers)).toContain(TEST_API_KEY);
  });

  it("JSON_SCHEMA: output_config.format with the schema on a model that has structured outputs", async () => {
    server.enqueue({ type: "message", content: jason });
    const instructor = fromAnthropic(client, { mode: Mode.JSON_SCHEMA });
    expect(await instructor.generate({ responseModel: Person, model, prompt })).toEqual({
      name: "Jason",
      age: 25,
    });
    expect(lastBody()).toMatchObject({
      output_config: { format: { type: "json_schema", schema: { type: "object" } } },
    });
    expect(lastBody()).not.toHaveProperty("tools");
  });

  it("JSON_SCHEMA on a model without structured outputs fails before any request", async () => {
    const instructor = fromAnthropic(client, { mode: Mode.JSON_SCHEMA });
    await expect(
      instructor.generate({ responseModel: Person, model: "claude-3-haiku-20240307", prompt }),
    ).rejects.toMatchObject({ name: "UnsupportedModeError" });
    expect(server.requests).toHaveLength(0);
  });

  it.each([Mode.JSON, Mode.MD_JSON])(
    "%s: by prompt, no tools and no output format",
    async (mode) => {
      server.enqueue({
        type: "message",
        content: mode === Mode.MD_JSON ? `\`\`\`json\n${jason}\n\`\`\`` : jason,
      });
      const person = await fromAnthropic(client, { mode }).generate({
        responseModel: Person,
        model,
        prompt,
      });
      expect(person).toEqual({ name: "Jason", age: 25 });
      expect(lastBody()).not.toHaveProperty("tools");
      expect(lastBody()).not.toHaveProperty("output_config");
      expect(JSON.stringify(lastBody().system)).toContain("JSON");
    },
  );

  it("generatePartial streams input_json_delta into growing partial objects", async () => {
    server.enqueue({
      type: "message",
      toolCalls: [{ name: "Response", arguments: jason }],
      stream: { chunkSize: 4 },
    });
    const partials = [];
    for await (const partial of fromAnthropic(client).generatePartial({
      responseModel: Person,
      model,
      prompt,
    })) {
      partials.push(partial);
    }
    expect(partials.length).toBeGreaterThan(2);
    expect(partials.at(-1)).toEqual({ name: "Jason", age: 25 });
    expect(lastBody().stream).toBe(true);
  });

  it("generateIterable streams text_delta items in JSON mode", async () => {
    server.enqueue({
      type: "message",
      content: `{"items":[${jason},{"name":"Ann","age":31}]}`,
      stream: { chunkSize: 5 },
    });
    const people = [];
    const instructor = fromAnthropic(client, { mode: Mode.JSON });
    for await (const person of instructor.generateIterable({
      responseModel: Person,
      model,
      prompt,
    })) {
      people.push(person);
    }
    expect(people).toEqual([
      { name: "Jason", age: 25 },
      { name: "Ann", age: 31 },
    ]);
  });

  it("re-asks an invalid answer as tool_use + tool_result turns", async () => {
    server.enqueue(
      {
        type: "message",
        toolCalls: [{ id: "toolu_1", name: "Response", arguments: '{"name":"Jason","age":"old"}' }],
      },
      { type: "message", toolCalls: [{ name: "Response", arguments: jason }] },
    );
    const person = await fromAnthropic(client).generate({
      responseModel: Person,
      model,
      prompt,
      maxRetries: 1,
    });
    expect(person).toEqual({ name: "Jason", age: 25 });
    const messages = lastBody().messages;
    expect(messages).toMatchObject([
      { role: "user" },
      {
        role: "assistant",
        content: [{ type: "tool_use", id: "toolu_1", input: { name: "Jason", age: "old" } }],
      },
      { role: "user", content: [{ type: "tool_result", tool_use_id: "toolu_1" }] },
    ]);
  });

  it("with thinking on: tool_choice auto, reasoning returned, the signed block sent back unchanged on a re-ask", async () => {
    const thinking = { type: "enabled", budget_tokens: 1024 };
    server.enqueue(
      {
        type: "message",
        reasoning: "They said 25.",
        reasoningSignature: "sig-abc==",
        redactedReasoning: "opaque-blob",
        content: "Jason, 25.",
      },
      {
        type: "message",
        reasoning: "Use the tool.",
        reasoningSignature: "sig-def==",
        toolCalls: [{ name: "Response", arguments: jason }],
      },
    );
    const { data, reasoning } = await fromAnthropic(client).generateWithCompletion({
      responseModel: Person,
      model,
      prompt,
      maxRetries: 1,
      providerOptions: { anthropic: { thinking } },
    });
    expect(data).toEqual({ name: "Jason", age: 25 });
    expect(reasoning).toContain("Use the tool.");
    const [first, second] = server.requests.map((r) => r.body);
    expect(first).toMatchObject({
      thinking,
      tool_choice: { type: "auto" },
      max_tokens: 4096 + 1024,
    });
    expect(second).toMatchObject({
      messages: [
        { role: "user" },
        {
          role: "assistant",
          content: [
            { type: "redacted_thinking", data: "opaque-blob" },
            { type: "thinking", thinking: "They said 25.", signature: "sig-abc==" },
            { type: "text", text: "Jason, 25." },
          ],
        },
        { role: "user" },
      ],
    });
  });

  it("streams thinking_delta as reasoning and round-trips its signature_delta", async () => {
    server.enqueue(
      {
        type: "message",
        reasoning: "Hmm.",
        reasoningSignature: "sig-stream",
        toolCalls: [{ id: "toolu_9", name: "Response", arguments: "{}" }],
        stream: { chunkSize: 2 },
      },
      { type: "message", toolCalls: [{ name: "Response", arguments: jason }] },
    );
    const partials = fromAnthropic(client).generatePartial({
      responseModel: Person,
      model,
      prompt,
      maxRetries: 1,
      providerOptions: { anthropic: { thinking: { type: "enabled", budget_tokens: 2000 } } },
    });
    let last: unknown;
    for await (const partial of partials) last = partial;
    expect(last).toEqual({ name: "Jason", age: 25 });
    expect(server.requests[1]?.body).toMatchObject({
      messages: [
        {},
        {
          role: "assistant",
          content: [
            { type: "thinking", thinking: "Hmm.", signature: "sig-stream" },
            { type: "tool_use", id: "toolu_9" },
          ],
        },
        {},
      ],
    });
  });

  it("sends an image and a PDF part as image and document blocks", async () => {
    server.enqueue({ type: "message", toolCalls: [{ name: "Response", arguments: jason }] });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    await fromAnthropic(client).generate({
      responseModel: Person,
      model,
      messages: [
        {
          role: "user",
          content: [
            { type: "text", text: "Who is this?" },
            { type: "image", image: png },
            { type: "image", image: new URL("https://example.com/a.jpg") },
            {
              type: "file",
              data: "JVBERi0xLjQK",
              mediaType: "application/pdf",
              filename: "cv.pdf",
            },
          ],
        },
      ],
    });
    expect(lastBody().messages).toEqual([
      {
        role: "user",
        content: [
          { type: "text", text: "Who is this?" },
          {
            type: "image",
            source: { type: "base64", media_type: "image/png", data: "iVBORwECAw==" },
          },
          { type: "image", source: { type: "url", url: "https://example.com/a.jpg" } },
          {
            type: "document",
            source: { type: "base64", media_type: "application/pdf", data: "JVBERi0xLjQK" },
            title: "cv.pdf",
          },
        ],
      },
    ]);
  });

  it.each([
    [
      429,
      true,
      {
        "retry-after": "7",
        "anthropic-ratelimit-requests-remaining": "0",
        "anthropic-ratelimit-tokens-reset": "2026-01-01T00:00:07Z",
      },
    ],
    [529, true, {}],
    [500, true, {}],
    [401, false, {}],
  ])(
    "%i answers a ProviderError (retryable %s) with its headers",
    async (status, retryable, headers) => {
      server.enqueue({ type: "error", status, message: `failed for ${TEST_API_KEY}`, headers });
      const error = await fromAnthropic(client)
        .generate({ responseModel: Person, model, prompt, maxRetries: 0 })
        .catch((e: unknown) => e);
      const cause = error;
      expect(ProviderError.isInstance(cause)).toBe(true);
      if (!ProviderError.isInstance(cause)) return;
      expect(cause.status).toBe(status);
      expect(cause.isRetryable).toBe(retryable);
      expect(cause.headers).toMatchObject(headers);
      expect(cause.message).not.toContain(TEST_API_KEY);
    },
  );

  it("a 429 without retry-after: its anthropic-ratelimit-* resets set the batch pool's pause", async () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    server.enqueue({
      type: "error",
      status: 429,
      message: "rate limited",
      headers: {
        "anthropic-ratelimit-requests-remaining": "12",
        "anthropic-ratelimit-requests-reset": "2026-01-01T00:00:02Z",
        "anthropic-ratelimit-output-tokens-remaining": "0",
        "anthropic-ratelimit-output-tokens-reset": "2026-01-01T00:00:09Z",
      },
    });
    const error = await fromAnthropic(client)
      .generate({ responseModel: Person, model, prompt, maxRetries: 0 })
      .catch((e: unknown) => e);
    if (!ProviderError.isInstance(error)) throw error;
    expect(error.message).toBe("anthropic: 429 rate_limit_error: rate limited");
    // The exhausted output-token window decides, as the pool reads the error's headers.
    expect(rateLimitDelayMs(error.headers, now)).toBe(9000);
  });

  it("stop_reason refusal is a RefusalError", async () => {
    server.enqueue({
      type: "message",
      content: "I can't help with that.",
      finishReason: "refusal",
    });
    const error = await fromAnthropic(client)
      .generate({ responseModel: Person, model, prompt, maxRetries: 0 })
      .catch((e: unknown) => e);
    expect(RefusalError.isInstance(error)).toBe(true);
  });

  it("aborts mid-stream with the caller's reason", async () => {
    server.enqueue({
      type: "message",
      toolCalls: [{ name: "Response", arguments: jason }],
      stream: { chunkSize: 2, chunkDelayMs: 20 },
    });
    const controller = new AbortController();
    const reason = new Error("stop now");
    const run = async () => {
      for await (const _ of fromAnthropic(client).generatePartial({
        responseModel: Person,
        model,
        prompt,
        signal: controller.signal,
      })) {
        controller.abort(reason);
      }
    };
    await expect(run()).rejects.toBe(reason);
  });
});
