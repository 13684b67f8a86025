import {
  IncompleteOutputError,
  JsonParseError,
  Mode,
  ProviderError,
  RefusalError,
  RetryError,
  ValidationError,
} from "@instr/core";
import { describe, expect, it } from "vitest";
import { JASON, jsonAnswer, userCall } from "./support/fixtures.js";
import { useMockProvider } from "./support/mock-provider.js";
import { rejectionOf } from "./support/outcome.js";
import { emptyChoicesReply } from "./support/raw-replies.js";
import { answerToolName } from "./support/request-body.js";
import { expectNoUnhandledRejections } from "./support/unhandled-rejections.js";

expectNoUnhandledRejections();

/** Asserts `error` is a RetryError of `attempts` attempts, each failed with an error `isCause` accepts. */
function expectSpent(
  error: unknown,
  attempts: number,
  isCause: (e: unknown) => boolean,
): asserts error is RetryError {
  expect(RetryError.isInstance(error)).toBe(true);
  if (!RetryError.isInstance(error)) return;
  expect(error.attempts).toHaveLength(attempts);
  expect(error.attempts.map((a) => a.attempt)).toEqual(
    Array.from({ length: attempts }, (_, i) => i + 1),
  );
  for (const attempt of error.attempts) expect(isCause(attempt.error)).toBe(true);
  expect(error.cause).toBe(error.attempts.at(-1)?.error);
}

describe("bad answers (Cerebras SDK)", () => {
  const provider = useMockProvider("cerebras");

  it("empty choices: a non-retryable ProviderError, not re-asked", async () => {
    provider.server.enqueue(emptyChoicesReply());
    const error = await rejectionOf(provider.instructor({ maxRetries: 2 }).generate(userCall()));
    expect(ProviderError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ isRetryable: false, provider: "cerebras" });
    expect((error as Error).message).toMatch(/no choices/);
    expect(provider.server.requests).toHaveLength(1);
  });

  it("content null without a tool call: JsonParseError, re-asked, then the valid answer", async () => {
    provider.server.enqueue({ type: "message", content: null }, jsonAnswer());
    const result = await provider.instructor({ maxRetries: 1 }).generateWithCompletion(userCall());
    expect(result.data).toEqual(JASON);
    expect(result.attempts).toBe(2);
    expect(provider.server.requests).toHaveLength(2);
  });

  it("content null every time: RetryError after the whole budget", async () => {
    provider.server.setHandler(() => ({ type: "message", content: null }));
    const error = await rejectionOf(provider.instructor({ maxRetries: 1 }).generate(userCall()));
    expectSpent(error, 2, JsonParseError.isInstance);
    expect(error.attempts[0]?.rawText).toBeNull();
    expect(provider.server.requests).toHaveLength(2);
  });

  it("a call to the wrong tool: JsonParseError naming both tools, re-asked with a tool result", async () => {
    provider.server.enqueue({
      type: "message",
      toolCalls: [{ id: "call_1", name: "not_the_tool", arguments: JSON.stringify(JASON) }],
    });
    provider.server.setHandler((request) => ({
      type: "message",
      toolCalls: [{ name: answerToolName(request.body), arguments: JSON.stringify(JASON) }],
    }));
    const parseErrors: unknown[] = [];
    const instructor = provider.instructor({ maxRetries: 1 });
    instructor.on("parse:error", ({ error }) => parseErrors.push(error));
    await expect(instructor.generate(userCall({ mode: Mode.TOOLS }))).resolves.toEqual(JASON);
    expect(parseErrors).toHaveLength(1);
    expect(JsonParseError.isInstance(parseErrors[0])).toBe(true);
    expect((parseErrors[0] as Error).message).toMatch(/"not_the_tool"/);
    // The re-ask answers the wrong call with a tool message carrying the error.
    const reask = provider.server.requests[1]?.body as { messages: { role: string }[] };
    expect(reask.messages.map((m) => m.role).slice(-2)).toEqual(["assistant", "tool"]);
  });

  it("several tool calls: JsonParseError (no guessing which one was meant)", async () => {
    provider.server.setHandler((request) => {
      const name = answerToolName(request.body);
      return {
        type: "message",
        toolCalls: [
          { name, arguments: JSON.stringify(JASON) },
          { name, arguments: JSON.stringify({ name: "Other", age: 1 }) },
        ],
      };
    });
    const error = await rejectionOf(
      provider.instructor({ maxRetries: 0 }).generate(userCall({ mode: Mode.TOOLS })),
    );
    expectSpent(error, 1, JsonParseError.isInstance);
    expect((error.cause as Error).message).toMatch(/2 tool calls/);
  });

  it("invalid JSON: JsonParseError with the raw text, re-asked, then the valid answer", async () => {
    provider.server.enqueue(
      { type: "message", content: '{"name": "Jason", age: 25' },
      jsonAnswer(),
    );
    const parseErrors: unknown[] = [];
    const instructor = provider.instructor({ maxRetries: 1 });
    instructor.on("parse:error", ({ error }) => parseErrors.push(error));
    await expect(instructor.generate(userCall())).resolves.toEqual(JASON);
    expect(JsonParseError.isInstance(parseErrors[0])).toBe(true);
    expect(parseErrors[0]).toMatchObject({ rawText: '{"name": "Jason", age: 25' });
    // The re-ask shows the model its own answer and the parse error.
    const reask = provider.server.requests[1]?.body as { messages: { content: string }[] };
    expect(reask.messages.at(-2)?.content).toBe('{"name": "Jason", age: 25');
    expect(reask.messages.at(-1)?.content).toMatch(/JSON/);
  });

  it("JSON of the wrong shape: re-asked, then RetryError with every attempt and summed usage", async () => {
    const usage = { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 };
    provider.server.setHandler(() => jsonAnswer({ name: 42 }, { usage }));
    const error = await rejectionOf(provider.instructor({ maxRetries: 2 }).generate(userCall()));
    expectSpent(error, 3, ValidationError.isInstance);
    expect(error.attempts.map((a) => a.rawText)).toEqual(Array(3).fill('{"name":42}'));
    expect(error.usage).toEqual({ promptTokens: 30, completionTokens: 15, totalTokens: 45 });
    const last = error.cause as ValidationError;
    expect(last.value).toEqual({ name: 42 });
    expect(last.issues.map((i) => i.path.join("."))).toEqual(["name", "age"]);
    expect(provider.server.requests).toHaveLength(3);
  });

  it("finish_reason length: IncompleteOutputError with the truncated text, not re-asked", async () => {
    provider.server.enqueue({ type: "message", content: '{"name": "Jas', finishReason: "length" });
    const error = await rejectionOf(provider.instructor({ maxRetries: 2 }).generate(userCall()));
    expect(IncompleteOutputError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ rawText: '{"name": "Jas' });
    expect(provider.server.requests).toHaveLength(1);
  });

  it("finish_reason content_filter: RefusalError, not re-asked", async () => {
    provider.server.enqueue({ type: "message", content: "", finishReason: "content_filter" });
    const error = await rejectionOf(provider.instructor({ maxRetries: 2 }).generate(userCall()));
    expect(RefusalError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/content filter/);
    expect(provider.server.requests).toHaveLength(1);
  });

  it("<think> blocks around the JSON: MD_JSON takes the fenced answer, not the thoughts", async () => {
    provider.server.enqueue({
      type: "message",
      content: [
        '<think>Maybe {"name": "Wrong", "age": 1}? ```json\n{"name":"Nope"}\n``` no.</think>',
        "Here you go:",
        "```json",
        JSON.stringify(JASON),
        "```",
        "<think>done</think>",
      ].join("\n"),
    });
    const instructor = provider.instructor({ maxRetries: 0 });
    await expect(instructor.generate(userCall({ mode: Mode.MD_JSON }))).resolves.toEqual(JASON);
  });
});

describe("bad answers (OpenAI SDK)", () => {
  const provider = useMockProvider("openai");

  it("a refusal: RefusalError carrying the model's words, not re-asked", async () => {
    provider.server.enqueue({ type: "message", content: null, refusal: "I can't help with that." });
    const error = await rejectionOf(provider.instructor({ maxRetries: 2 }).generate(userCall()));
    expect(RefusalError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ refusal: "I can't help with that." });
    expect(provider.server.requests).toHaveLength(1);
  });

  it("empty choices: a non-retryable ProviderError", async () => {
    provider.server.enqueue(emptyChoicesReply());
    const error = await rejectionOf(provider.instructor().generate(userCall()));
    expect(ProviderError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ isRetryable: false, provider: "openai" });
    expect(provider.server.requests).toHaveLength(1);
  });

  it("JSON of the wrong shape, then a valid answer: the re-ask recovers", async () => {
    provider.server.enqueue(jsonAnswer({ name: "Jason", age: "25" }), jsonAnswer());
    const result = await provider.instructor({ maxRetries: 1 }).generateWithCompletion(userCall());
    expect(result).toMatchObject({ data: JASON, attempts: 2 });
  });
});
