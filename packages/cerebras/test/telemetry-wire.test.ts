import { Mode, RetryError } from "@instr/core";
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from "@opentelemetry/sdk-trace-base";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { fromCerebras } from "../src/from-cerebras.js";
import { TEST_KEY, useMockCerebras } from "./mock-cerebras.js";

const mock = useMockCerebras();
const Person = z.object({ name: z.string(), age: z.number().int() });
const PROMPT = "Extract: Jason is 25 years old";
const call = { model: "llama3.1-8b", responseModel: Person, prompt: PROMPT };
const wrong = {
  type: "message" as const,
  content: '{"name":"Jason","age":"twenty-five"}',
  usage: { prompt_tokens: 60, completion_tokens: 15 },
};
const right = {
  type: "message" as const,
  content: '{"name":"Jason","age":25}',
  usage: { prompt_tokens: 90, completion_tokens: 10 },
};

let exporter: InMemorySpanExporter;
let provider: BasicTracerProvider;
beforeEach(() => {
  exporter = new InMemorySpanExporter();
  provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
});
afterEach(() => provider.shutdown());

const dump = () =>
  JSON.stringify(
    exporter.getFinishedSpans().map((span) => ({
      name: span.name,
      attributes: span.attributes,
      status: span.status,
      events: span.events,
      resource: span.resource.attributes,
    })),
  );

describe("telemetry through the real Cerebras SDK over loopback HTTP", () => {
  it("traces a call with one re-ask; no span holds the API key, the prompt or the answers", async () => {
    mock.server.enqueue(wrong, right);
    const instructor = fromCerebras(mock.client, {
      mode: Mode.JSON_SCHEMA,
      telemetry: { tracer: provider.getTracer("test") },
    });
    await expect(instructor.generate(call)).resolves.toEqual({ name: "Jason", age: 25 });
    expect(mock.server.requests).toHaveLength(2);
    const spans = exporter.getFinishedSpans();
    expect(spans.map((s) => s.name)).toEqual([
      "chat llama3.1-8b",
      "chat llama3.1-8b",
      "generate llama3.1-8b",
    ]);
    const [first, second, whole] = spans;
    expect(whole!.attributes).toMatchObject({
      "gen_ai.provider.name": "cerebras",
      "instr.mode": "json_schema",
      "instr.attempts": 2,
      "instr.usage.input_tokens": 150,
      "instr.usage.output_tokens": 25,
      "instr.usage.total_tokens": 175,
    });
    expect(first!.attributes).toMatchObject({
      "gen_ai.response.model": "llama3.1-8b",
      "gen_ai.usage.input_tokens": 60,
      "gen_ai.usage.output_tokens": 15,
      "error.type": "ValidationError",
    });
    expect(second!.attributes).toMatchObject({
      "gen_ai.usage.input_tokens": 90,
      "gen_ai.response.finish_reasons": ["stop"],
    });
    expect(typeof second!.attributes["gen_ai.response.id"]).toBe("string");
    const text = dump();
    expect(text).not.toContain(TEST_KEY);
    expect(text).not.toContain("Jason");
    expect(text).not.toContain("twenty-five");
  });

  it("with recordContent the spans hold the prompt and the answers, still never the key", async () => {
    mock.server.enqueue(wrong, right);
    const instructor = fromCerebras(mock.client, {
      mode: Mode.JSON_SCHEMA,
      telemetry: { tracer: provider.getTracer("test"), recordContent: true },
    });
    await instructor.generate(call);
    const text = dump();
    expect(text).toContain(PROMPT);
    expect(text).toContain("twenty-five");
    expect(text).not.toContain(TEST_KEY);
  });

  it("a failing provider call is recorded without the key", async () => {
    mock.server.enqueue({ type: "error", status: 401, message: `bad key ${TEST_KEY}` });
    const instructor = fromCerebras(mock.client, {
      telemetry: { tracer: provider.getTracer("test") },
    });
    await expect(instructor.generate(call)).rejects.toMatchObject({ name: "ProviderError" });
    const spans = exporter.getFinishedSpans();
    expect(spans).toHaveLength(2);
    for (const span of spans) {
      expect(span.status.code).toBe(2);
      expect(span.attributes).toMatchObject({
        "error.type": "ProviderError",
        "instr.error.retryable": false,
      });
    }
    expect(dump()).not.toContain(TEST_KEY);
  });

  it("a streamed call's spans end when the consumer breaks early", async () => {
    mock.server.enqueue({ ...right, stream: { chunkSize: 4, chunkDelayMs: 2 } });
    const instructor = fromCerebras(mock.client, {
      mode: Mode.JSON_SCHEMA,
      telemetry: { tracer: provider.getTracer("test") },
    });
    for await (const partial of instructor.generatePartial(call)) {
      if (partial.name !== undefined) break;
    }
    const spans = exporter.getFinishedSpans();
    expect(spans.map((s) => s.name)).toEqual(["chat llama3.1-8b", "generatePartial llama3.1-8b"]);
    expect(spans.every((s) => s.ended)).toBe(true);
    expect(spans[1]!.attributes["instr.stream.stopped_early"]).toBe(true);
  });

  it("an aborted streamed call's spans have error status", async () => {
    mock.server.enqueue({ ...right, stream: { chunkSize: 2, chunkDelayMs: 20 } });
    const instructor = fromCerebras(mock.client, {
      mode: Mode.JSON_SCHEMA,
      telemetry: { tracer: provider.getTracer("test") },
    });
    const controller = new AbortController();
    const consume = async () => {
      for await (const partial of instructor.generatePartial({
        ...call,
        signal: controller.signal,
      })) {
        if (partial.name !== undefined) controller.abort();
      }
    };
    await expect(consume()).rejects.toMatchObject({ name: "AbortError" });
    const spans = exporter.getFinishedSpans();
    expect(spans).toHaveLength(2);
    for (const span of spans) {
      expect(span.status.code).toBe(2);
      expect(span.attributes["error.type"]).toBe("AbortError");
    }
  });
});

describe("tokenBudget over loopback HTTP", () => {
  it("stops a run that would re-ask past the budget", async () => {
    mock.server.setHandler(() => wrong);
    const instructor = fromCerebras(mock.client, { mode: Mode.JSON_SCHEMA, maxRetries: 10 });
    // 75 tokens per attempt: the budget is reached after the third attempt.
    const error = await instructor.generate({ ...call, tokenBudget: 200 }).catch((e) => e);
    if (!RetryError.isInstance(error)) throw error;
    expect(mock.server.requests).toHaveLength(3);
    expect(error.usage.totalTokens).toBe(225);
    expect(error.message).toContain("the token budget was spent (tokenBudget 200)");
    expect(error.message).toContain("225 tokens (180 prompt, 45 completion) over 3 attempts");
  });
});
