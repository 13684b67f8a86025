import { toJsonSchema } from "@instr/core";
import { type AdapterRequest, type Message, Mode } from "@instr/core/adapter";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { cerebrasAdapter } from "../src/cerebras-adapter.js";
import { getTimeInfo } from "../src/time-info.js";
import { useMockCerebras } from "./mock-cerebras.js";
import { cases } from "./schemas.js";

const mock = useMockCerebras();

const conversation: Message[] = [
  { role: "system", content: "Extract the user." },
  { role: "user", content: "Jason is 25 years old" },
];
const wireConversation = [
  { role: "system", content: "Extract the user." },
  { role: "user", content: "Jason is 25 years old" },
];

function requestFor(
  mode: Mode,
  responseModel: z.ZodType,
  extra: Partial<AdapterRequest> = {},
): AdapterRequest {
  const adapter = cerebrasAdapter(mock.client);
  const jsonSchema = adapter.transformSchema?.(structuredClone(toJsonSchema(responseModel)), mode);
  return {
    model: "qwen-3.8-27b",
    mode,
    messages: conversation,
    schema: { name: "User", jsonSchema: jsonSchema ?? {} },
    ...extra,
  };
}

/** What the mock model answers in each mode, carrying `answer`. */
function replyFor(mode: Mode, answer: unknown) {
  const json = JSON.stringify(answer);
  if (mode === Mode.TOOLS) {
    return {
      type: "message" as const,
      toolCalls: [{ id: "call_1", name: "User", arguments: json }],
    };
  }
  const content = mode === Mode.MD_JSON ? `Here it is:\n\`\`\`json\n${json}\n\`\`\`` : json;
  return { type: "message" as const, content };
}

const usage = { prompt_tokens: 40, completion_tokens: 12, total_tokens: 52 };

describe.each(cases)("the exact wire request and parsed response: $kind schema", (c) => {
  it("JSON_SCHEMA sends the strict schema as a json_schema response format", async () => {
    mock.server.enqueue({ ...replyFor(Mode.JSON_SCHEMA, c.answer), usage });
    const response = await cerebrasAdapter(mock.client).complete(
      requestFor(Mode.JSON_SCHEMA, c.model),
    );
    expect(mock.body()).toEqual({
      model: "qwen-3.8-27b",
      messages: wireConversation,
      stream: false,
      response_format: {
        type: "json_schema",
        json_schema: { name: "User", schema: c.strict, strict: true },
      },
    });
    expect(response).toEqual({
      text: JSON.stringify(c.answer),
      toolCalls: [],
      finishReason: "stop",
      usage: { promptTokens: 40, completionTokens: 12, totalTokens: 52 },
      raw: expect.objectContaining({ object: "chat.completion", model: "qwen-3.8-27b" }),
    });
  });

  it("TOOLS sends one strict function tool and forces it", async () => {
    mock.server.enqueue({ ...replyFor(Mode.TOOLS, c.answer), usage });
    const response = await cerebrasAdapter(mock.client).complete(requestFor(Mode.TOOLS, c.model));
    expect(mock.body()).toEqual({
      model: "qwen-3.8-27b",
      messages: wireConversation,
      stream: false,
      tools: [{ type: "function", function: { name: "User", parameters: c.strict, strict: true } }],
      tool_choice: { type: "function", function: { name: "User" } },
    });
    expect(response).toMatchObject({
      text: null,
      toolCalls: [{ id: "call_1", name: "User", arguments: JSON.stringify(c.answer) }],
      finishReason: "tool_calls",
    });
  });

  it.each([
    ["JSON sends json_object and no schema (core put it in the messages)", Mode.JSON, true],
    ["MD_JSON sends nothing beyond the messages", Mode.MD_JSON, false],
  ])("%s", async (_name, mode, jsonObject) => {
    const reply = replyFor(mode, c.answer);
    mock.server.enqueue(reply);
    const response = await cerebrasAdapter(mock.client).complete(requestFor(mode, c.model));
    expect(mock.body()).toEqual({
      model: "qwen-3.8-27b",
      messages: wireConversation,
      stream: false,
      ...(jsonObject ? { response_format: { type: "json_object" } } : {}),
    });
    expect(response.text).toBe(reply.content);
  });
});

describe("request mapping", () => {
  const { model } = cases[0];

  it("sends tool_choice auto (and still a strict tool) to a model that cannot be forced", async () => {
    mock.server.enqueue(replyFor(Mode.TOOLS, cases[0].answer));
    await cerebrasAdapter(mock.client).complete({
      ...requestFor(Mode.TOOLS, model),
      model: "gpt-oss-120b",
    });
    expect(mock.body()).toMatchObject({
      model: "gpt-oss-120b",
      messages: wireConversation,
      tool_choice: "auto",
      tools: [{ function: { strict: true } }],
    });
  });

  it("honours capability overrides and leaves strict off for unknown models", async () => {
    mock.server.enqueue(
      replyFor(Mode.TOOLS, cases[0].answer),
      replyFor(Mode.TOOLS, cases[0].answer),
    );
    const adapter = cerebrasAdapter(mock.client, {
      capabilities: { "gpt-oss-120b": { forcedToolChoice: true } },
    });
    await adapter.complete({ ...requestFor(Mode.TOOLS, model), model: "gpt-oss-120b" });
    await adapter.complete({ ...requestFor(Mode.TOOLS, model), model: "my-dedicated-model" });
    expect(mock.body(0)).toMatchObject({
      tool_choice: { type: "function", function: { name: "User" } },
    });
    const tool = (mock.body(1) as { tools: Array<{ function: Record<string, unknown> }> }).tools[0];
    expect(tool?.function).not.toHaveProperty("strict");
  });

  it("maps assistant tool calls and tool results to snake_case, and the sampling options", async () => {
    mock.server.enqueue(replyFor(Mode.TOOLS, cases[0].answer));
    const messages: Message[] = [
      ...conversation,
      {
        role: "assistant",
        content: null,
        toolCalls: [{ id: "call_9", name: "User", arguments: '{"name":"Jason"}' }],
      },
      { role: "tool", toolCallId: "call_9", content: "age is missing" },
      { role: "assistant", content: "noted" },
    ];
    await cerebrasAdapter(mock.client).complete({
      ...requestFor(Mode.TOOLS, model),
      messages,
      temperature: 0.2,
      maxTokens: 300,
      providerOptions: {
        cerebras: { reasoning_effort: "low", seed: 7, temperature: 1.5 },
        openai: { top_p: 0.1 },
      },
    });
    const wireToolCall = {
      id: "call_9",
      type: "function",
      function: { name: "User", arguments: '{"name":"Jason"}' },
    };
    expect(mock.body()).toMatchObject({
      messages: [
        ...wireConversation,
        { role: "assistant", content: null, tool_calls: [wireToolCall] },
        { role: "tool", tool_call_id: "call_9", content: "age is missing" },
        { role: "assistant", content: "noted" },
      ],
      temperature: 0.2,
      max_completion_tokens: 300,
      reasoning_effort: "low",
      seed: 7,
    });
    expect(mock.body()).not.toHaveProperty("top_p");
  });

  it("keeps its own stream field over providerOptions, which are otherwise passed through", async () => {
    mock.server.enqueue(replyFor(Mode.JSON_SCHEMA, cases[0].answer));
    const response = await cerebrasAdapter(mock.client).complete({
      ...requestFor(Mode.JSON_SCHEMA, model),
      providerOptions: { cerebras: { stream: true, top_p: 0.5 } },
    });
    expect(mock.body()).toMatchObject({ stream: false, top_p: 0.5 });
    expect(response.text).toBe(JSON.stringify(cases[0].answer));
  });

  it("sends the schema description when there is one", async () => {
    mock.server.enqueue(replyFor(Mode.JSON_SCHEMA, cases[0].answer));
    const request = requestFor(Mode.JSON_SCHEMA, model);
    await cerebrasAdapter(mock.client).complete({
      ...request,
      schema: { ...request.schema, description: "A person" },
    });
    expect(mock.body()).toMatchObject({
      response_format: { json_schema: { name: "User", description: "A person", strict: true } },
    });
  });

  it("sends the API key only as the bearer token", async () => {
    mock.server.enqueue(replyFor(Mode.JSON_SCHEMA, cases[0].answer));
    await cerebrasAdapter(mock.client).complete(requestFor(Mode.JSON_SCHEMA, model));
    const recorded = mock.server.requests[0];
    expect(recorded?.headers.authorization).toBe(`Bearer ${mock.client.apiKey}`);
    expect(recorded?.rawBody).not.toContain(mock.client.apiKey);
  });
});

describe("response mapping", () => {
  const request = () => requestFor(Mode.JSON_SCHEMA, cases[0].model);

  it("surfaces reasoning, a length stop and Cerebras time_info", async () => {
    mock.server.enqueue({
      type: "message",
      content: '{"name":"Ja',
      reasoning: "The user is Jason.",
      finishReason: "length",
    });
    const response = await cerebrasAdapter(mock.client).complete(request());
    expect(response).toMatchObject({
      text: '{"name":"Ja',
      reasoning: [{ type: "reasoning", text: "The user is Jason." }],
      finishReason: "length",
    });
    const time = getTimeInfo(response.raw);
    expect(time).toEqual({
      queueTime: expect.any(Number),
      promptTime: expect.any(Number),
      completionTime: expect.any(Number),
      totalTime: expect.any(Number),
      created: expect.any(Number),
    });
  });

  it("normalises an unknown finish reason to other", async () => {
    mock.server.enqueue({ type: "message", content: "{}", finishReason: "eos" });
    expect((await cerebrasAdapter(mock.client).complete(request())).finishReason).toBe("other");
  });

  it("rejects a completion without choices as a ProviderError", async () => {
    mock.server.enqueue({
      type: "raw",
      body: JSON.stringify({
        id: "x",
        object: "chat.completion",
        created: 1,
        model: "m",
        choices: [],
      }),
    });
    await expect(cerebrasAdapter(mock.client).complete(request())).rejects.toMatchObject({
      name: "ProviderError",
      message: "cerebras: the completion has no choices.",
    });
  });
});

describe("getTimeInfo", () => {
  it("reads nothing from objects without time_info", () => {
    expect(getTimeInfo({ id: "x" })).toBeUndefined();
    expect(getTimeInfo(null)).toBeUndefined();
    expect(getTimeInfo({ time_info: null })).toBeUndefined();
    expect(getTimeInfo({ time_info: { total_time: 0.5, queue_time: "x" } })).toEqual({
      totalTime: 0.5,
    });
  });
});
