import { describe, expect, it } from "vitest";
import { z } from "zod";
import { IncompleteOutputError } from "../errors/incomplete-output-error.js";
import { InstructorError } from "../errors/instructor-error.js";
import { JsonParseError } from "../errors/json-parse-error.js";
import { ProviderError } from "../errors/provider-error.js";
import { RefusalError } from "../errors/refusal-error.js";
import { RetryError } from "../errors/retry-error.js";
import { UnsupportedModeError } from "../errors/unsupported-mode-error.js";
import { ValidationError } from "../errors/validation-error.js";
import { rejectionOf } from "../testing/conformance/rejection-of.js";
import { MockAdapter } from "../testing/mock-adapter.js";
import { textResponse, toolCallResponse } from "../testing/mock-responses.js";
import { Mode } from "../types/mode.js";
import { createInstructor } from "./create-instructor.js";

const User = z.object({ name: z.string(), age: z.number().int() });
const usage = (n: number) => ({ promptTokens: n, completionTokens: n * 10, totalTokens: n * 11 });
const base = { responseModel: User, model: "m", prompt: "Extract: Jason is 25 years old" };

describe("generate", () => {
  it("returns the validated value of a tool call and sends one request", async () => {
    const adapter = new MockAdapter({
      responses: [toolCallResponse("Response", { name: "Jason", age: 25 })],
    });
    const user = await createInstructor({ adapter }).generate(base);
    expect(user).toEqual({ name: "Jason", age: 25 });
    expect(adapter.requests).toHaveLength(1);
    const [request] = adapter.requests;
    expect(request?.mode).toBe("tools");
    expect(request?.model).toBe("m");
    expect(request?.schema.name).toBe("Response");
    expect(request?.messages.at(-1)).toEqual({ role: "user", content: base.prompt });
  });

  it("returns zod's output: defaults applied and transforms run", async () => {
    const Model = z.object({
      name: z.string().transform((s) => s.toUpperCase()),
      tags: z.array(z.string()).default([]),
    });
    const adapter = new MockAdapter({ responses: [toolCallResponse("Response", { name: "ada" })] });
    const value = await createInstructor({ adapter }).generate({ ...base, responseModel: Model });
    expect(value).toEqual({ name: "ADA", tags: [] });
  });

  it("re-asks after a validation failure with the model's answer and the issues (TOOLS)", async () => {
    const adapter = new MockAdapter({
      responses: [
        toolCallResponse("Response", { name: "Jason", age: "25" }, { id: "c1" }),
        toolCallResponse("Response", { name: "Jason", age: 25 }, { id: "c2" }),
      ],
    });
    const result = await createInstructor({ adapter }).generateWithCompletion(base);
    expect(result.data).toEqual({ name: "Jason", age: 25 });
    expect(result.attempts).toBe(2);
    const first = adapter.requests[0]?.messages ?? [];
    const second = adapter.requests[1]?.messages ?? [];
    expect(second.slice(0, first.length)).toEqual(first);
    const [assistant, tool] = second.slice(first.length);
    expect(assistant).toEqual({
      role: "assistant",
      content: null,
      toolCalls: [{ id: "c1", name: "Response", arguments: '{"name":"Jason","age":"25"}' }],
    });
    expect(tool).toMatchObject({ role: "tool", toolCallId: "c1" });
    expect(tool?.content).toContain("- age: Invalid input: expected number, received string");
    expect(second).toHaveLength(first.length + 2);
  });

  it.each([Mode.JSON, Mode.JSON_SCHEMA, Mode.MD_JSON])(
    "re-asks with a user message in mode %s",
    async (mode) => {
      const bad = mode === Mode.MD_JSON ? '```json\n{"name": 1}\n```' : '{"name": 1}';
      const adapter = new MockAdapter({
        responses: [textResponse(bad), textResponse('{"name":"Jason","age":25}')],
      });
      const user = await createInstructor({ adapter, mode }).generate(base);
      expect(user).toEqual({ name: "Jason", age: 25 });
      const added = adapter.requests[1]?.messages.slice(-2);
      expect(added?.[0]).toEqual({ role: "assistant", content: bad });
      expect(added?.[1]?.role).toBe("user");
      expect(added?.[1]?.content).toContain("- name: Invalid input: expected string");
      expect(added?.[1]?.content).toContain("- age: Invalid input: expected number");
    },
  );

  it("re-asks invalid JSON and reports it as a JsonParseError", async () => {
    const adapter = new MockAdapter({
      defaultMode: Mode.JSON,
      responses: [textResponse('{"name": "Jason",'), textResponse('{"name":"Jason","age":25}')],
    });
    const parseErrors: unknown[] = [];
    const instructor = createInstructor({ adapter });
    instructor.on("parse:error", (event) => parseErrors.push(event.error));
    await expect(instructor.generate(base)).resolves.toEqual({ name: "Jason", age: 25 });
    expect(parseErrors).toHaveLength(1);
    expect(JsonParseError.isInstance(parseErrors[0])).toBe(true);
    expect(adapter.requests[1]?.messages.at(-1)?.content).toContain("not valid JSON");
  });

  it("throws RetryError with every attempt, summed usage and the last error as cause", async () => {
    const adapter = new MockAdapter({ defaultMode: Mode.JSON });
    for (let n = 1; n <= 3; n += 1)
      adapter.enqueueResponse(textResponse(`{"name":${n}}`, { usage: usage(n) }));
    const error = await rejectionOf(createInstructor({ adapter }).generate(base));
    if (!RetryError.isInstance(error)) throw error;
    expect(adapter.requests).toHaveLength(3);
    expect(error.attempts.map((a) => [a.attempt, a.rawText])).toEqual([
      [1, '{"name":1}'],
      [2, '{"name":2}'],
      [3, '{"name":3}'],
    ]);
    expect(error.attempts.every((a) => ValidationError.isInstance(a.error))).toBe(true);
    expect(error.attempts.map((a) => a.usage)).toEqual([usage(1), usage(2), usage(3)]);
    expect(error.usage).toEqual({ promptTokens: 6, completionTokens: 60, totalTokens: 66 });
    expect(error.cause).toBe(error.attempts[2]?.error);
    expect(error.message).toContain("all 3 attempts failed");
  });

  it("says 'the only attempt failed' when maxRetries is 0, not 'all 1 attempts'", async () => {
    const adapter = new MockAdapter({ defaultMode: Mode.JSON });
    adapter.enqueueResponse(textResponse('{"name":1}'));
    const error = await rejectionOf(
      createInstructor({ adapter }).generate({ ...base, maxRetries: 0 }),
    );
    if (!RetryError.isInstance(error)) throw error;
    expect(error.message).toMatch(/^No valid answer: the only attempt failed\./);
    expect(error.message).not.toContain("attempts");
  });

  it("suggests Mode.JSON_SCHEMA / Mode.JSON when the model never calls the tool, without telling the model", async () => {
    const adapter = new MockAdapter({
      responses: [textResponse('{"name":"Jason","age":25}'), textResponse("Jason, 25")],
    });
    const error = await rejectionOf(
      createInstructor({ adapter }).generate({ ...base, maxRetries: 1 }),
    );
    if (!RetryError.isInstance(error)) throw error;
    expect(error.message).toContain('did not call the "Response" tool');
    expect(error.message).toContain("use Mode.JSON_SCHEMA (or Mode.JSON) instead of Mode.TOOLS");
    const last = error.attempts.at(-1)?.error;
    expect(JsonParseError.isInstance(last) && last.hint).toContain("Mode.JSON_SCHEMA");
    expect(JSON.stringify(adapter.requests[1]?.messages)).not.toContain("Mode.");
  });

  it("sums usage over every attempt in generateWithCompletion and returns the raw completion", async () => {
    const adapter = new MockAdapter({
      responses: [
        toolCallResponse("Response", { name: 1 }, { usage: usage(1) }),
        toolCallResponse(
          "Response",
          { name: "J", age: 1 },
          { usage: usage(2), raw: { id: "raw-2" } },
        ),
      ],
    });
    const result = await createInstructor({ adapter }).generateWithCompletion(base);
    expect(result.usage).toEqual({ promptTokens: 3, completionTokens: 30, totalTokens: 33 });
    expect(result.completion).toEqual({ id: "raw-2" });
    expect(result.attempts).toBe(2);
  });

  it("does not re-ask provider errors, refusals or truncated answers", async () => {
    const denied = new ProviderError("401", { provider: "mock", status: 401, isRetryable: false });
    const cases: [MockAdapter, (e: unknown) => boolean][] = [
      [new MockAdapter().enqueueError(denied), (e) => e === denied],
      [
        new MockAdapter().enqueueResponse({
          ...textResponse(""),
          refusal: "I can't help with that",
        }),
        (e) => RefusalError.isInstance(e) && e.refusal === "I can't help with that",
      ],
      [
        new MockAdapter().enqueueResponse(textResponse("", { finishReason: "content_filter" })),
        RefusalError.isInstance,
      ],
      [
        new MockAdapter().enqueueResponse({
          ...toolCallResponse("Response", '{"name": "Ja'),
          finishReason: "length",
          usage: usage(1),
        }),
        (e) =>
          IncompleteOutputError.isInstance(e) &&
          e.rawText === '{"name": "Ja' &&
          e.usage?.promptTokens === 1,
      ],
    ];
    for (const [adapter, matches] of cases) {
      const error = await rejectionOf(createInstructor({ adapter, maxRetries: 3 }).generate(base));
      expect(matches(error)).toBe(true);
      expect(adapter.requests).toHaveLength(1);
    }
  });

  it("rejects an unsupported mode before any request", async () => {
    const adapter = new MockAdapter({ provider: "acme", supportedModes: [Mode.TOOLS] });
    const error = await rejectionOf(
      createInstructor({ adapter }).generate({ ...base, mode: Mode.MD_JSON }),
    );
    if (!UnsupportedModeError.isInstance(error)) throw error;
    expect(error.mode).toBe("md_json");
    expect(error.provider).toBe("acme");
    expect(error.message).toContain('"tools"');
    expect(adapter.requests).toHaveLength(0);
  });

  it("rejects an unconvertible schema and an empty conversation before any request", async () => {
    const adapter = new MockAdapter();
    const instructor = createInstructor({ adapter });
    const dated = await rejectionOf(
      instructor.generate({ ...base, responseModel: z.object({ at: z.date() }) }),
    );
    expect(InstructorError.isInstance(dated) && dated.message).toMatch(
      /Date cannot be represented/,
    );
    const empty = await rejectionOf(
      instructor.generate({ responseModel: User, model: "m", system: "hi" }),
    );
    expect(InstructorError.isInstance(empty) && empty.message).toMatch(/Nothing to answer/);
    expect(adapter.requests).toHaveLength(0);
  });

  it("resolves the mode from the call, then the instructor, then the adapter", async () => {
    const adapter = new MockAdapter({ defaultMode: Mode.MD_JSON });
    const answer = textResponse('{"name":"J","age":1}');
    adapter.enqueueResponse(answer).enqueueResponse(answer).enqueueResponse(answer);
    await createInstructor({ adapter }).generate(base);
    await createInstructor({ adapter, mode: Mode.JSON }).generate(base);
    await createInstructor({ adapter, mode: Mode.JSON }).generate({
      ...base,
      mode: Mode.JSON_SCHEMA,
    });
    expect(adapter.requests.map((r) => r.mode)).toEqual(["md_json", "json", "json_schema"]);
  });

  it("writes one system message: the caller's system, then the mode instruction", async () => {
    const adapter = new MockAdapter({
      responses: [toolCallResponse("Response", { name: "J", age: 1 })],
    });
    await createInstructor({ adapter }).generate({
      ...base,
      system: "You are precise.",
      messages: [{ role: "user", content: "earlier" }],
      temperature: 0.2,
      maxTokens: 100,
      providerOptions: { mock: { seed: 1 } },
    });
    const request = adapter.requests[0];
    expect(request?.messages).toEqual([
      {
        role: "system",
        content:
          'You are precise.\n\nAnswer by calling the "Response" tool exactly once, with your answer as its arguments.',
      },
      { role: "user", content: "earlier" },
      { role: "user", content: base.prompt },
    ]);
    expect(request).toMatchObject({
      temperature: 0.2,
      maxTokens: 100,
      providerOptions: { mock: { seed: 1 } },
    });
    expect(request && "signal" in request).toBe(false);
  });
});
