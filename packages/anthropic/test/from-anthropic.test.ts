import { Mode, ProviderError, RefusalError, rateLimitDelayMs } from "@instr/core";
import { rejectionOf } from "@instr/core/testing";
import { requestBody } from "@instr/mock-server";
import * as fixture from "@instr/provider-test-support";
import { describe, expect, it } from "vitest";
import { fromAnthropic } from "../src/from-anthropic.js";
import { anthropicTestServer, TEST_API_KEY } from "./anthropic-test-server.js";

const { server, client } = await anthropicTestServer();
const model = "claude-sonnet-4-5";
const params = { responseModel: fixture.Person, model, prompt: fixture.prompt };

describe("fromAnthropic through @anthropic-ai/sdk", () => {
  it("TOOLS (default): one forced tool with the schema as input_schema, default max_tokens", async () => {
    server.enqueue(fixture.toolAnswer);
    const person = await fromAnthropic(client).generate(params);
    expect(person).toEqual({ name: "Jason", age: 25 });
    const body = requestBody(server);
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
    server.enqueue({ type: "message", content: fixture.jason });
    const instructor = fromAnthropic(client, { mode: Mode.JSON_SCHEMA });
    expect(await instructor.generate(params)).toEqual({
      name: "Jason",
      age: 25,
    });
    expect(requestBody(server)).toMatchObject({
      output_config: { format: { type: "json_schema", schema: { type: "object" } } },
    });
    expect(requestBody(server)).not.toHaveProperty("tools");
  });

  it("JSON_SCHEMA on a model without structured outputs fails before any request", async () => {
    const instructor = fromAnthropic(client, { mode: Mode.JSON_SCHEMA });
    await expect(
      instructor.generate({
        responseModel: fixture.Person,
        model: "claude-3-haiku-20240307",
        prompt: fixture.prompt,
      }),
    ).rejects.toMatchObject({ name: "UnsupportedModeError" });
    expect(server.requests).toHaveLength(0);
  });

  it.each([Mode.JSON, Mode.MD_JSON])(
    "%s: by fixture.prompt, no tools and no output format",
    async (mode) => {
      server.enqueue({
        type: "message",
        content: mode === Mode.MD_JSON ? `\`\`\`json\n${fixture.jason}\n\`\`\`` : fixture.jason,
      });
      const person = await fromAnthropic(client, { mode }).generate(params);
      expect(person).toEqual({ name: "Jason", age: 25 });
      expect(requestBody(server)).not.toHaveProperty("tools");
      expect(requestBody(server)).not.toHaveProperty("output_config");
      expect(JSON.stringify(requestBody(server).system)).toContain("JSON");
    },
  );

  it("generatePartial streams input_json_delta into growing partial objects", async () => {
    server.enqueue({ ...fixture.toolAnswer, stream: { chunkSize: 4 } });
    const partials = [];
    for await (const partial of fromAnthropic(client).generatePartial(params))
      partials.push(partial);
    expect(partials.length).toBeGreaterThan(2);
    expect(partials.at(-1)).toEqual({ name: "Jason", age: 25 });
    expect(requestBody(server).stream).toBe(true);
  });

  it("generateIterable streams text_delta items in JSON mode", async () => {
    server.enqueue(fixture.streamedJasonAndAnn);
    const yielded = [];
    const instructor = fromAnthropic(client, { mode: Mode.JSON });
    for await (const person of instructor.generateIterable(params)) yielded.push(person);
    expect(yielded).toEqual(fixture.people);
  });

  it("re-asks an invalid answer as tool_use + tool_result turns", async () => {
    server.enqueue(
      {
        type: "message",
        toolCalls: [{ id: "toolu_1", name: "Response", arguments: '{"name":"Jason","age":"old"}' }],
      },
      fixture.toolAnswer,
    );
    const person = await fromAnthropic(client).generate({ ...params, maxRetries: 1 });
    expect(person).toEqual({ name: "Jason", age: 25 });
    const messages = requestBody(server).messages;
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
        toolCalls: [{ name: "Response", arguments: fixture.jason }],
      },
    );
    const { data, reasoning } = await fromAnthropic(client).generateWithCompletion({
      ...params,
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
      fixture.toolAnswer,
    );
    const partials = fromAnthropic(client).generatePartial({
      ...params,
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
    server.enqueue(fixture.toolAnswer);
    const url = { type: "image", image: new URL("https://example.com/a.jpg") } as const;
    const content = [...fixture.photoAndCv, url];
    await fromAnthropic(client).generate({
      responseModel: fixture.Person,
      model,
      messages: [{ role: "user", content }],
    });
    expect(requestBody(server).messages).toEqual([
      {
        role: "user",
        content: [
          { type: "text", text: "Who is this?" },
          {
            type: "image",
            source: { type: "base64", media_type: "image/png", data: "iVBORwECAw==" },
          },
          {
            type: "document",
            source: { type: "base64", media_type: "application/pdf", data: "JVBERi0xLjQK" },
            title: "cv.pdf",
          },
          { type: "image", source: { type: "url", url: "https://example.com/a.jpg" } },
        ],
      },
    ]);
  });

  const limited = {
    "retry-after": "7",
    "anthropic-ratelimit-requests-remaining": "0",
    "anthropic-ratelimit-tokens-reset": "2026-01-01T00:00:07Z",
  };
  it.each([
    { status: 429, isRetryable: true, headers: limited },
    { status: 529, isRetryable: true, headers: {} },
    { status: 500, isRetryable: true, headers: {} },
    { status: 401, isRetryable: false, headers: {} },
  ])(
    "$status answers a ProviderError (retryable $isRetryable) with its headers",
    async (expected) => {
      const { status, headers } = expected;
      server.enqueue({ type: "error", status, message: `failed for ${TEST_API_KEY}`, headers });
      const error = await rejectionOf(fromAnthropic(client).generate({ ...params, maxRetries: 0 }));
      expect(ProviderError.isInstance(error)).toBe(true);
      // Status, retryability and the headers kept; the key the server echoed never shows.
      expect(error).toMatchObject({
        ...expected,
        message: expect.not.stringContaining(TEST_API_KEY),
      });
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
    const error = await rejectionOf(fromAnthropic(client).generate({ ...params, maxRetries: 0 }));
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
    const error = await rejectionOf(fromAnthropic(client).generate({ ...params, maxRetries: 0 }));
    expect(RefusalError.isInstance(error)).toBe(true);
  });

  it("aborts mid-stream with the caller's reason", async () => {
    server.enqueue({ ...fixture.toolAnswer, stream: { chunkSize: 2, chunkDelayMs: 20 } });
    const controller = new AbortController();
    const reason = new Error("stop now");
    const run = async () => {
      for await (const _ of fromAnthropic(client).generatePartial({
        ...params,
        signal: controller.signal,
      })) {
        controller.abort(reason);
      }
    };
    await expect(run()).rejects.toBe(reason);
  });
});
