import { Mode, ProviderError, RefusalError } from "@instr/core";
import { rejectionOf } from "@instr/core/testing";
import { requestBody } from "@instr/mock-server";
import * as fixture from "@instr/provider-test-support";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fromGoogle } from "../src/from-google.js";
import { googleTestServer, TEST_API_KEY } from "./google-test-server.js";

const { server, client } = await googleTestServer();
const model = "gemini-2.5-flash";
const params = { responseModel: fixture.Person, model, prompt: fixture.prompt };

describe("fromGoogle through @google/genai on the Gemini wire", () => {
  it("JSON_SCHEMA (default): application/json with the schema, titled, thoughts asked for", async () => {
    server.enqueue({ type: "message", content: fixture.jason });
    const person = await fromGoogle(client).generate(params);
    expect(person).toEqual({ name: "Jason", age: 25 });
    expect(server.requests[0]?.path).toBe(`/v1beta/models/${model}:generateContent`);
    expect(server.requests[0]?.headers["x-goog-api-key"]).toBe(TEST_API_KEY);
    expect(requestBody(server)).toMatchObject({
      contents: [{ role: "user", parts: [{ text: fixture.prompt }] }],
      generationConfig: {
        responseMimeType: "application/json",
        responseJsonSchema: { title: "Response", type: "object", required: ["name", "age"] },
        thinkingConfig: { includeThoughts: true },
      },
    });
    expect(requestBody(server)).not.toHaveProperty("tools");
  });

  it("TOOLS: one function declaration, forced with function calling mode ANY", async () => {
    server.enqueue(fixture.toolAnswer);
    const instructor = fromGoogle(client, { mode: Mode.TOOLS });
    const { data, completion } = await instructor.generateWithCompletion(params);
    expect(data).toEqual({ name: "Jason", age: 25 });
    expect(completion?.candidates?.[0]?.content?.parts?.[0]?.functionCall?.name).toBe("Response");
    expect(requestBody(server)).toMatchObject({
      tools: [
        {
          functionDeclarations: [
            {
              name: "Response",
              parametersJsonSchema: { type: "object", required: ["name", "age"] },
            },
          ],
        },
      ],
      toolConfig: { functionCallingConfig: { mode: "ANY", allowedFunctionNames: ["Response"] } },
    });
    expect(requestBody(server).generationConfig).not.toHaveProperty("responseMimeType");
  });

  it.each([
    [Mode.JSON, fixture.jason, "application/json"],
    [Mode.MD_JSON, `Here:\n\`\`\`json\n${fixture.jason}\n\`\`\``, undefined],
  ])(
    "%s: core's instructions, and the JSON MIME type in JSON mode only",
    async (mode, content, mime) => {
      server.enqueue({ type: "message", content });
      const person = await fromGoogle(client, { mode }).generate(params);
      expect(person).toEqual({ name: "Jason", age: 25 });
      const config = requestBody(server).generationConfig;
      expect(config).toMatchObject({ thinkingConfig: { includeThoughts: true } });
      expect(config).not.toHaveProperty("responseJsonSchema");
      if (mime === undefined) expect(config).not.toHaveProperty("responseMimeType");
      else expect(config).toMatchObject({ responseMimeType: mime });
      expect(JSON.stringify(requestBody(server).systemInstruction)).toContain("JSON");
    },
  );

  it("generatePartial streams text into growing partial objects over streamGenerateContent", async () => {
    server.enqueue({ type: "message", content: fixture.jason, stream: { chunkSize: 4 } });
    const partials = [];
    for await (const partial of fromGoogle(client).generatePartial(params)) partials.push(partial);
    expect(partials.length).toBeGreaterThan(2);
    expect(partials.at(-1)).toEqual({ name: "Jason", age: 25 });
    expect(server.requests[0]?.path).toBe(`/v1beta/models/${model}:streamGenerateContent?alt=sse`);
  });

  it("generatePartial in TOOLS mode takes the function call, which streams whole", async () => {
    server.enqueue({ ...fixture.toolAnswer, stream: { chunkSize: 4 } });
    const partials = [];
    for await (const partial of fromGoogle(client, { mode: Mode.TOOLS }).generatePartial(params))
      partials.push(partial);
    expect(partials.at(-1)).toEqual({ name: "Jason", age: 25 });
  });

  it("generateIterable streams the items of a list", async () => {
    server.enqueue(fixture.streamedJasonAndAnn);
    const yielded = [];
    for await (const person of fromGoogle(client).generateIterable(params)) yielded.push(person);
    expect(yielded).toEqual(fixture.people);
  });

  it("returns thoughts as reasoning and maps usage with thoughts and cached tokens", async () => {
    server.enqueue({
      type: "message",
      reasoning: "The text says 25.",
      content: fixture.jason,
      usage: {
        prompt_tokens: 100,
        completion_tokens: 30,
        prompt_tokens_details: { cached_tokens: 60 },
        completion_tokens_details: { reasoning_tokens: 20 },
      },
    });
    const result = await fromGoogle(client).generateWithCompletion(params);
    expect(result.reasoning).toBe("The text says 25.");
    expect(result.usage).toMatchObject({
      promptTokens: 100,
      completionTokens: 30,
      totalTokens: 130,
    });
    expect(result.usage).toMatchObject({ cachedPromptTokens: 60, reasoningTokens: 20 });
  });

  it("re-asks an invalid function call, sending the thought and call signatures back unchanged", async () => {
    server.enqueue(
      {
        type: "message",
        reasoning: "Age is a word here.",
        reasoningSignature: "c2lnLXRob3VnaHQ=",
        toolCalls: [
          {
            name: "Response",
            arguments: '{"name":"Jason","age":"old"}',
            signature: "c2lnLWNhbGw=",
          },
        ],
      },
      fixture.toolAnswer,
    );
    const person = await fromGoogle(client, { mode: Mode.TOOLS }).generate({
      ...params,
      maxRetries: 1,
    });
    expect(person).toEqual({ name: "Jason", age: 25 });
    const contents = requestBody(server).contents;
    expect(contents).toEqual([
      { role: "user", parts: [{ text: fixture.prompt }] },
      {
        role: "model",
        parts: [
          { text: "Age is a word here.", thought: true, thoughtSignature: "c2lnLXRob3VnaHQ=" },
          {
            functionCall: { name: "Response", args: { name: "Jason", age: "old" } },
            thoughtSignature: "c2lnLWNhbGw=",
          },
        ],
      },
      {
        role: "user",
        parts: [
          {
            functionResponse: {
              name: "Response",
              response: { output: expect.stringContaining("age") },
            },
          },
        ],
      },
    ]);
  });

  it("a streamed re-ask sends a text part's signature back on the text", async () => {
    const signedText = {
      candidates: [
        {
          content: {
            role: "model",
            parts: [{ text: '{"name":"Jason"}', thoughtSignature: "c2lnLXRleHQ=" }],
          },
          finishReason: "STOP",
        },
      ],
    };
    server.enqueue(
      {
        type: "raw",
        headers: { "content-type": "text/event-stream" },
        body: `data: ${JSON.stringify(signedText)}\n\n`,
      },
      { type: "message", content: fixture.jason },
    );
    let last: unknown;
    for await (const partial of fromGoogle(client).generatePartial({ ...params, maxRetries: 1 })) {
      last = partial;
    }
    expect(last).toEqual({ name: "Jason", age: 25 });
    expect(requestBody(server).contents).toMatchObject([
      {},
      { role: "model", parts: [{ text: '{"name":"Jason"}', thoughtSignature: "c2lnLXRleHQ=" }] },
      { role: "user" },
    ]);
  });

  it("sends an image and a PDF as inline data, and a URL as file data", async () => {
    server.enqueue({ type: "message", content: fixture.jason });
    const talk = "https://example.com/talk.mp4";
    const video = { type: "file", data: new URL(talk), mediaType: "video/mp4" } as const;
    const messages = [{ role: "user" as const, content: [...fixture.photoAndCv, video] }];
    await fromGoogle(client).generate({ responseModel: fixture.Person, model, messages });
    const parts = [
      { text: "Who is this?" },
      { inlineData: { mimeType: "image/png", data: "iVBORwECAw==" } },
      { inlineData: { mimeType: "application/pdf", data: "JVBERi0xLjQK" } },
      { fileData: { fileUri: talk, mimeType: "video/mp4" } },
    ];
    expect(requestBody(server).contents).toEqual([{ role: "user", parts }]);
  });

  it("rejects an image for a text-only model before any request", async () => {
    await expect(
      fromGoogle(client).generate({
        responseModel: fixture.Person,
        model: "tunedModels/my-model",
        messages: [{ role: "user", content: [{ type: "image", image: "iVBORw0KGgo=" }] }],
      }),
    ).rejects.toMatchObject({ name: "UnsupportedInputError", kind: "image" });
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    [429, true, { "retry-after": "7", "x-ratelimit-remaining-requests": "0" }],
    [500, true, {}],
    [503, true, {}],
    [401, false, {}],
  ])(
    "%i is a ProviderError (retryable %s) with its headers and no key",
    async (status, retryable, headers) => {
      server.enqueue({ type: "error", status, message: `failed for ${TEST_API_KEY}`, headers });
      const error = await rejectionOf(fromGoogle(client).generate({ ...params, maxRetries: 0 }));
      expect(ProviderError.isInstance(error)).toBe(true);
      if (!ProviderError.isInstance(error)) return;
      expect(error).toMatchObject({ provider: "google", status, isRetryable: retryable });
      expect(error.headers).toMatchObject(headers);
      expect(error.message).toMatch(/^google: \d{3} [A-Z_]+: failed for \[redacted\]$/);
    },
  );

  it("takes a 429's RetryInfo delay as retry-after when no header says it", async () => {
    server.enqueue(fixture.geminiQuotaError("31.4s"));
    const error = await rejectionOf(fromGoogle(client).generate({ ...params, maxRetries: 0 }));
    expect(ProviderError.isInstance(error) && error.headers).toEqual({ "retry-after": "32" });
  });

  it.each(["content_filter", "RECITATION"])(
    "a %s finish is a RefusalError",
    async (finishReason) => {
      server.enqueue({ type: "message", content: "", finishReason });
      const error = await rejectionOf(fromGoogle(client).generate({ ...params, maxRetries: 0 }));
      expect(RefusalError.isInstance(error)).toBe(true);
    },
  );

  it("a blocked fixture.prompt (promptFeedback, no candidate) is a RefusalError", async () => {
    server.enqueue({
      type: "raw",
      body: JSON.stringify({ promptFeedback: { blockReason: "SAFETY" } }),
    });
    const error = await rejectionOf(fromGoogle(client).generate({ ...params, maxRetries: 0 }));
    expect(RefusalError.isInstance(error)).toBe(true);
  });

  it("aborts mid-stream with the caller's reason", async () => {
    server.enqueue({
      type: "message",
      content: fixture.jason.repeat(4),
      stream: { chunkSize: 2, chunkDelayMs: 20 },
    });
    const controller = new AbortController();
    const reason = new Error("stop now");
    const run = async () => {
      for await (const _ of fromGoogle(client).generatePartial({
        responseModel: z.object({ name: z.string() }).loose(),
        model,
        prompt: fixture.prompt,
        signal: controller.signal,
      })) {
        controller.abort(reason);
      }
    };
    await expect(run()).rejects.toBe(reason);
  });

  it("lays providerOptions.google under the body: the caller's fields stay, the adapter's win", async () => {
    server.enqueue({ type: "message", content: fixture.jason });
    await fromGoogle(client).generate({
      responseModel: fixture.Person,
      model,
      prompt: fixture.prompt,
      temperature: 0.2,
      providerOptions: {
        google: {
          safetySettings: [{ category: "HARM_CATEGORY_HARASSMENT", threshold: "BLOCK_NONE" }],
          generationConfig: { topP: 0.5, temperature: 1.5, responseMimeType: "text/plain" },
        },
        openai: { seed: 7 },
      },
    });
    expect(requestBody(server)).toMatchObject({
      safetySettings: [{ category: "HARM_CATEGORY_HARASSMENT", threshold: "BLOCK_NONE" }],
      generationConfig: { topP: 0.5, temperature: 0.2, responseMimeType: "application/json" },
    });
    expect(requestBody(server)).not.toHaveProperty("seed");
  });
});
