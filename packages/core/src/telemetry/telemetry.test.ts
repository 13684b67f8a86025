import { metrics, type Tracer, trace } from "@opentelemetry/api";
import {
  AggregationTemporality,
  type DataPoint,
  type Histogram,
  MeterProvider,
  MetricReader,
} from "@opentelemetry/sdk-metrics";
import {
  AlwaysOffSampler,
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from "@opentelemetry/sdk-trace-base";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { createMemoryCache } from "../cache/memory-cache.js";
import { RetryError } from "../errors/retry-error.js";
import { createInstructor } from "../instructor/create-instructor.js";
import { MockAdapter } from "../testing/mock-adapter.js";
import { toolCallResponse } from "../testing/mock-responses.js";
import type { AdapterStreamPart } from "../types/adapter.js";

const Person = z.object({ name: z.string(), age: z.number().int() });
const PROMPT = "Extract: Jason is 25 years old";
const base = { responseModel: Person, model: "m-1", prompt: PROMPT, temperature: 0.5 };
const usage = (promptTokens: number, completionTokens: number) => ({
  promptTokens,
  completionTokens,
  totalTokens: promptTokens + completionTokens,
});
/** The first answer fails validation (age is a string), the re-asked one passes. */
const invalid = () =>
  toolCallResponse(
    "Response",
    { name: "Jason", age: "twenty-five" },
    { usage: usage(100, 20), raw: { id: "resp-1", model: "m-1-2026" } },
  );
const valid = () =>
  toolCallResponse(
    "Response",
    { name: "Jason", age: 25 },
    {
      usage: { ...usage(150, 10), cachedPromptTokens: 96, reasoningTokens: 4 },
      raw: { id: "resp-2", model: "m-1-2026" },
    },
  );

/** A reader the test collects from by hand. */
class TestReader extends MetricReader {
  constructor() {
    super({ aggregationTemporalitySelector: () => AggregationTemporality.CUMULATIVE });
  }
  protected async onShutdown(): Promise<void> {}
  protected async onForceFlush(): Promise<void> {}
}

/** How many `gen_ai.client.operation.duration` points `reader` has collected. */
async function durationPoints(reader: TestReader): Promise<number> {
  const { resourceMetrics } = await reader.collect();
  return resourceMetrics.scopeMetrics
    .flatMap((scope) => scope.metrics)
    .filter((metric) => metric.descriptor.name === "gen_ai.client.operation.duration")
    .flatMap((metric) => metric.dataPoints as DataPoint<Histogram>[])
    .reduce((n, point) => n + point.value.count, 0);
}

let exporter: InMemorySpanExporter;
let provider: BasicTracerProvider;
const tracer = () => provider.getTracer("test");

beforeEach(() => {
  exporter = new InMemorySpanExporter();
  provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
});
afterEach(async () => {
  await provider.shutdown();
});

const spans = () => exporter.getFinishedSpans();
const named = (prefix: string) => spans().filter((s) => s.name.startsWith(prefix));
const callSpan = () => {
  const [span, ...more] = spans().filter((s) => s.attributes["instr.method"] !== undefined);
  expect(more).toHaveLength(0);
  return span!;
};
const attemptSpans = () => named("chat ");

describe("telemetry spans", () => {
  it("a generate with one re-ask: one call span, two attempt spans, usage per attempt and summed", async () => {
    const adapter = new MockAdapter({ responses: [invalid(), valid()] });
    const instructor = createInstructor({
      adapter,
      telemetry: { tracer: tracer(), functionId: "extract-person" },
    });
    expect(await instructor.generate({ ...base, maxTokens: 300 })).toEqual({
      name: "Jason",
      age: 25,
    });

    const call = callSpan();
    expect(call.name).toBe("generate m-1");
    expect(call.attributes).toMatchObject({
      "instr.method": "generate",
      "gen_ai.provider.name": "mock",
      "gen_ai.request.model": "m-1",
      "gen_ai.request.temperature": 0.5,
      "gen_ai.request.max_tokens": 300,
      "instr.function_id": "extract-person",
      "instr.mode": "tools",
      "instr.stream": false,
      "instr.attempts": 2,
      "instr.usage.input_tokens": 250,
      "instr.usage.output_tokens": 30,
      "instr.usage.total_tokens": 280,
      "instr.usage.cached_input_tokens": 96,
      "instr.usage.reasoning_tokens": 4,
    });
    expect(call.status.code).toBe(0);
    expect(call.parentSpanContext).toBeUndefined();

    const [first, second] = attemptSpans();
    expect(attemptSpans()).toHaveLength(2);
    for (const attempt of [first!, second!]) {
      expect(attempt.kind).toBe(2); // CLIENT
      expect(attempt.parentSpanContext?.spanId).toBe(call.spanContext().spanId);
      expect(attempt.spanContext().traceId).toBe(call.spanContext().traceId);
      expect(attempt.attributes).toMatchObject({
        "gen_ai.operation.name": "chat",
        "gen_ai.provider.name": "mock",
        "gen_ai.request.model": "m-1",
        "gen_ai.request.temperature": 0.5,
        "gen_ai.request.max_tokens": 300,
        "gen_ai.response.model": "m-1-2026",
        "gen_ai.response.finish_reasons": ["tool_calls"],
        "gen_ai.output.type": "json",
        "instr.mode": "tools",
      });
    }
    expect(first!.attributes).toMatchObject({
      "instr.attempt": 1,
      "gen_ai.response.id": "resp-1",
      "gen_ai.usage.input_tokens": 100,
      "gen_ai.usage.output_tokens": 20,
      "error.type": "ValidationError",
    });
    expect(String(first!.attributes["instr.reask.reason"])).toMatch(/^- age: .*expected number/);
    expect(first!.status).toMatchObject({ code: 2 });
    expect(second!.attributes).toMatchObject({
      "instr.attempt": 2,
      "gen_ai.response.id": "resp-2",
      "gen_ai.usage.input_tokens": 150,
      "gen_ai.usage.output_tokens": 10,
      "gen_ai.usage.cache_read.input_tokens": 96,
      "gen_ai.usage.reasoning.output_tokens": 4,
    });
    expect(first!.attributes["gen_ai.usage.cache_read.input_tokens"]).toBeUndefined();
    expect(second!.attributes["instr.reask.reason"]).toBeUndefined();
    expect(second!.status.code).toBe(0);
    // Spans are exported as they end: the first attempt, the second, then the call.
    expect(spans().map((s) => [s.name, s.attributes["instr.attempt"]])).toEqual([
      ["chat m-1", 1],
      ["chat m-1", 2],
      ["generate m-1", undefined],
    ]);
  });

  it("records no prompt or answer text unless recordContent, and then records both", async () => {
    const run = async (recordContent: boolean) => {
      exporter.reset();
      const adapter = new MockAdapter({ responses: [invalid(), valid()] });
      await createInstructor({ adapter, telemetry: { tracer: tracer(), recordContent } }).generate(
        base,
      );
      return JSON.stringify(spans().map(dumpSpan));
    };
    const without = await run(false);
    expect(without).not.toContain("Jason");
    expect(without).not.toContain("twenty-five");
    expect(without).not.toContain("gen_ai.input.messages");
    const withContent = await run(true);
    const [first, second] = attemptSpans();
    const input = JSON.parse(String(first!.attributes["gen_ai.input.messages"]));
    expect(input.at(-1)).toEqual({ role: "user", parts: [{ type: "text", content: PROMPT }] });
    // The re-asked attempt sent the first answer back.
    expect(String(second!.attributes["gen_ai.input.messages"])).toContain("twenty-five");
    expect(JSON.parse(String(second!.attributes["gen_ai.output.messages"]))).toEqual([
      {
        role: "assistant",
        finish_reason: "tool_calls",
        parts: [
          {
            type: "tool_call",
            id: "call_Response",
            name: "Response",
            arguments: '{"name":"Jason","age":25}',
          },
        ],
      },
    ]);
    expect(withContent).toContain("Jason");
  });

  it("records images and files by media type and URL, never their bytes", async () => {
    const adapter = new MockAdapter({ responses: [valid()] });
    await createInstructor({
      adapter,
      telemetry: { tracer: tracer(), recordContent: true },
    }).generate({
      ...base,
      prompt: undefined,
      messages: [
        {
          role: "user",
          content: [
            { type: "text", text: "Who is this?" },
            {
              type: "image",
              image: new URL("https://example.com/jason.png"),
              mediaType: "image/png",
            },
            { type: "file", data: new Uint8Array([37, 80, 68, 70]), mediaType: "application/pdf" },
          ],
        },
      ],
    });
    const input = JSON.parse(String(attemptSpans()[0]!.attributes["gen_ai.input.messages"]));
    expect(input.at(-1)).toEqual({
      role: "user",
      parts: [
        { type: "text", content: "Who is this?" },
        {
          type: "uri",
          modality: "image",
          uri: "https://example.com/jason.png",
          mime_type: "image/png",
        },
        { type: "blob", modality: "application", mime_type: "application/pdf" },
      ],
    });
  });

  it("keeps a JSON answer out of the re-ask reason and the error unless recordContent", async () => {
    const broken = () =>
      toolCallResponse("Response", '{"name": "Jason", oops', { usage: usage(5, 5) });
    const adapter = new MockAdapter({ responses: [broken(), broken()] });
    const instructor = createInstructor({
      adapter,
      maxRetries: 1,
      telemetry: { tracer: tracer() },
    });
    await expect(instructor.generate(base)).rejects.toBeInstanceOf(RetryError);
    expect(JSON.stringify(spans().map(dumpSpan))).not.toContain("Jason");
    const call = callSpan();
    expect(call.status.code).toBe(2);
    expect(call.status.message).toBe("No valid answer: all 2 attempts failed.");
    expect(call.attributes).toMatchObject({
      "error.type": "RetryError",
      "instr.error.retryable": false,
      "instr.usage.total_tokens": 20,
    });
    expect(call.events.map((e) => e.name)).toEqual(["exception"]);
    expect(attemptSpans()[0]!.attributes["instr.reask.reason"]).toMatch(
      /^The answer is not valid JSON/,
    );
  });

  it("records a provider error with its name and retryability", async () => {
    const adapter = new MockAdapter();
    const { ProviderError } = await import("../errors/provider-error.js");
    adapter.enqueueError(
      new ProviderError("rate limited", { status: 429, isRetryable: true, provider: "mock" }),
    );
    await expect(
      createInstructor({ adapter, telemetry: { tracer: tracer() } }).generate(base),
    ).rejects.toThrow("rate limited");
    for (const span of spans()) {
      expect(span.status).toEqual({ code: 2, message: "rate limited" });
      expect(span.attributes).toMatchObject({
        "error.type": "ProviderError",
        "instr.error.retryable": true,
      });
    }
    expect(spans()).toHaveLength(2);
  });

  it("an aborted call's spans have error status", async () => {
    const adapter = new MockAdapter({ responses: [() => new Promise(() => undefined)] });
    const controller = new AbortController();
    const pending = createInstructor({ adapter, telemetry: { tracer: tracer() } }).generate({
      ...base,
      signal: controller.signal,
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    expect(spans()).toHaveLength(2);
    expect(callSpan().status.code).toBe(2);
    expect(callSpan().attributes["error.type"]).toBe("AbortError");
    expect(attemptSpans()[0]!.status.code).toBe(2);
  });

  it("a streamed call's spans end when the consumer breaks early", async () => {
    const parts: AdapterStreamPart[] = [
      { type: "tool-call-delta", index: 0, id: "c", name: "Response", argumentsDelta: '{"name":' },
      { type: "tool-call-delta", index: 0, argumentsDelta: '"Jason","age":' },
      { type: "tool-call-delta", index: 0, argumentsDelta: "25}" },
      { type: "finish", finishReason: "tool_calls", usage: usage(10, 5) },
    ];
    const adapter = new MockAdapter();
    adapter.enqueueStream(parts, { delayMs: 1 });
    const instructor = createInstructor({ adapter, telemetry: { tracer: tracer() } });
    for await (const snapshot of instructor.generatePartial(base)) {
      expect(spans()).toHaveLength(0);
      if (snapshot.name !== undefined) break;
    }
    expect(spans()).toHaveLength(2);
    expect(callSpan()).toMatchObject({ name: "generatePartial m-1", ended: true });
    expect(callSpan().attributes).toMatchObject({
      "instr.stream.stopped_early": true,
      "instr.stream": true,
    });
    expect(callSpan().status.code).toBe(0);
    expect(attemptSpans()[0]!.ended).toBe(true);
  });

  it("a streamed call that runs to the end records its usage; generateIterable too", async () => {
    const adapter = new MockAdapter();
    adapter.enqueueStream([
      { type: "text-delta", delta: '{"items":[{"name":"A","age":1},' },
      { type: "text-delta", delta: '{"name":"B","age":2}]}' },
      { type: "finish", finishReason: "stop", usage: usage(7, 3) },
    ]);
    const instructor = createInstructor({
      adapter,
      mode: "json_schema",
      telemetry: { tracer: tracer() },
    });
    const names: string[] = [];
    for await (const person of instructor.generateIterable(base)) names.push(person.name);
    expect(names).toEqual(["A", "B"]);
    expect(callSpan().name).toBe("generateIterable m-1");
    expect(callSpan().attributes).toMatchObject({
      "instr.usage.total_tokens": 10,
      "instr.mode": "json_schema",
    });
    expect(callSpan().attributes["instr.stream.stopped_early"]).toBeUndefined();
    expect(attemptSpans()[0]!.attributes).toMatchObject({ "gen_ai.usage.output_tokens": 3 });
  });

  it("each batch item gets its call span; a cache hit is marked and makes no attempt span", async () => {
    const adapter = new MockAdapter({ responses: [valid(), valid()] });
    const instructor = createInstructor({
      adapter,
      cache: createMemoryCache(),
      telemetry: { tracer: tracer() },
    });
    const { summary } = await instructor.generateBatch([
      { ...base, prompt: "a" },
      { ...base, prompt: "b" },
    ]);
    expect(summary.succeeded).toBe(2);
    expect(named("generateBatch ")).toHaveLength(2);
    expect(attemptSpans()).toHaveLength(2);
    exporter.reset();
    await instructor.generate({ ...base, prompt: "a" });
    expect(spans()).toHaveLength(1);
    expect(callSpan().attributes).toMatchObject({ "instr.cache.hit": true, "instr.attempts": 0 });
  });

  it("telemetry: true uses the global tracer provider; with() and a call can turn it off", async () => {
    trace.setGlobalTracerProvider(provider);
    try {
      const adapter = new MockAdapter({ responses: [valid(), valid(), valid()] });
      const traced = createInstructor({ adapter, telemetry: true });
      await traced.generate(base);
      expect(spans()).toHaveLength(2);
      await traced.with({ telemetry: false }).generate(base);
      await traced.generate({ ...base, telemetry: false });
      expect(spans()).toHaveLength(2);
    } finally {
      trace.disable();
    }
  });

  it("nothing is traced when telemetry is not set", async () => {
    trace.setGlobalTracerProvider(provider);
    try {
      const adapter = new MockAdapter({ responses: [invalid(), valid()] });
      await createInstructor({ adapter }).generate(base);
      expect(spans()).toHaveLength(0);
    } finally {
      trace.disable();
    }
  });

  it("a mode fallback ends the rejected request's span as failed and marks the call span", async () => {
    const { ProviderError } = await import("../errors/provider-error.js");
    const adapter = new MockAdapter()
      .enqueueError(
        new ProviderError("API error 400: tool_choice is not supported for this model", {
          status: 400,
          isRetryable: false,
          provider: "mock",
        }),
      )
      .enqueueResponse({ text: '{"name":"Jason","age":25}', usage: usage(30, 8) });
    const instructor = createInstructor({ adapter, telemetry: { tracer: tracer() } });
    expect(await instructor.generate(base)).toEqual({ name: "Jason", age: 25 });
    expect(adapter.requests.map((request) => request.mode)).toEqual(["tools", "json"]);

    const call = callSpan();
    expect(call.status.code).toBe(0);
    expect(call.attributes).toMatchObject({
      "instr.mode_fallback": "json",
      "instr.mode": "json",
      "instr.attempts": 1,
      "instr.usage.total_tokens": 38,
    });
    const [rejected, resent] = attemptSpans();
    expect(attemptSpans()).toHaveLength(2);
    expect(rejected!.attributes).toMatchObject({
      "instr.mode": "tools",
      "instr.attempt": 1,
      "instr.mode_fallback": "json",
      "error.type": "ProviderError",
      "instr.error.retryable": false,
    });
    expect(rejected!.status.code).toBe(2);
    expect(rejected!.events.map((event) => event.name)).toEqual(["exception"]);
    expect(resent!.attributes).toMatchObject({
      "instr.mode": "json",
      "instr.attempt": 1,
      "gen_ai.usage.input_tokens": 30,
    });
    expect(resent!.attributes["instr.mode_fallback"]).toBeUndefined();
    expect(resent!.status.code).toBe(0);
  });

  it("a tracer that throws makes the call reject, never throw where it is called", async () => {
    const throwing: Tracer = {
      startSpan: () => {
        throw new Error("tracer broke");
      },
      startActiveSpan: () => {
        throw new Error("tracer broke");
      },
    };
    const adapter = new MockAdapter({ responses: [valid()] });
    const instructor = createInstructor({ adapter, telemetry: { tracer: throwing } });
    let pending: Promise<unknown> | undefined;
    expect(() => {
      pending = instructor.generateWithCompletion(base);
    }).not.toThrow();
    await expect(pending).rejects.toThrow("tracer broke");
  });

  it("user hooks still run, once each, on a traced call", async () => {
    const adapter = new MockAdapter({ responses: [invalid(), valid()] });
    const instructor = createInstructor({ adapter, telemetry: { tracer: tracer() } });
    const seen: number[] = [];
    instructor.on("completion:kwargs", ({ attempt }) => seen.push(attempt));
    await instructor.generate(base);
    expect(seen).toEqual([1, 2]);
  });
});

describe("telemetry, sampled out", () => {
  /** A tracer of a provider that samples every trace out, counting the spans it is asked for. */
  const samplingOut = () => {
    const sdk = new BasicTracerProvider({ sampler: new AlwaysOffSampler() }).getTracer("off");
    const started: string[] = [];
    const counting: Tracer = {
      startSpan: (name, options, context) => {
        started.push(name);
        return sdk.startSpan(name, options, context);
      },
      startActiveSpan: sdk.startActiveSpan.bind(sdk),
    };
    return { tracer: counting, started };
  };

  it("a call span that records nothing opens no attempt span, and the call still re-asks", async () => {
    const { tracer: sampledOut, started } = samplingOut();
    const adapter = new MockAdapter({ responses: [invalid(), valid()] });
    const seen: number[] = [];
    const instructor = createInstructor({ adapter, telemetry: { tracer: sampledOut } });
    instructor.on("completion:kwargs", ({ attempt }) => seen.push(attempt));
    const result = await instructor.generate(base);
    expect(result).toEqual({ name: "Jason", age: 25 });
    expect(started).toEqual(["generate m-1"]);
    expect(seen).toEqual([1, 2]);
  });

  it("still records metrics for a sampled-out call, through attempt spans that record nothing", async () => {
    const { tracer: sampledOut, started } = samplingOut();
    const reader = new TestReader();
    const meter = new MeterProvider({ readers: [reader] }).getMeter("test");
    const adapter = new MockAdapter({ responses: [invalid(), valid()] });
    const telemetry = { tracer: sampledOut, meter };
    await createInstructor({ adapter, telemetry }).generate(base);
    expect(started).toEqual(["generate m-1", "chat m-1", "chat m-1"]);
    expect(await durationPoints(reader)).toBe(2);
    expect(spans()).toHaveLength(0);
  });
});

describe("telemetry metrics", () => {
  it("records token usage and duration per model call and counts re-asks by kind", async () => {
    const reader = new TestReader();
    const meterProvider = new MeterProvider({ readers: [reader] });
    metrics.setGlobalMeterProvider(meterProvider);
    try {
      const adapter = new MockAdapter({ responses: [invalid(), valid()] });
      await createInstructor({ adapter, telemetry: { tracer: tracer() } }).generate(base);
      const { resourceMetrics } = await reader.collect();
      const all = resourceMetrics.scopeMetrics.flatMap((scope) => scope.metrics);
      const byName = (name: string) => all.find((m) => m.descriptor.name === name);

      const tokens = byName("gen_ai.client.token.usage")!;
      expect(tokens.descriptor.unit).toBe("{token}");
      const sumByType = (type: string) =>
        (tokens.dataPoints as DataPoint<Histogram>[])
          .filter((p) => p.attributes["gen_ai.token.type"] === type)
          .reduce((sum, p) => sum + p.value.sum!, 0);
      expect(sumByType("input")).toBe(250);
      expect(sumByType("output")).toBe(30);
      expect(tokens.dataPoints[0]!.attributes).toMatchObject({
        "gen_ai.operation.name": "chat",
        "gen_ai.provider.name": "mock",
        "gen_ai.request.model": "m-1",
        "gen_ai.response.model": "m-1-2026",
      });

      const duration = byName("gen_ai.client.operation.duration")!;
      expect(duration.descriptor.unit).toBe("s");
      const durationPoints = duration.dataPoints as DataPoint<Histogram>[];
      expect(durationPoints.reduce((n, p) => n + p.value.count, 0)).toBe(2);

      const reasks = byName("instr.client.reasks")!;
      expect(reasks.dataPoints).toHaveLength(1);
      expect(reasks.dataPoints[0]).toMatchObject({
        value: 1,
        attributes: { "instr.reask.kind": "validation", "gen_ai.provider.name": "mock" },
      });
    } finally {
      metrics.disable();
      await meterProvider.shutdown();
    }
  });
});

describe("telemetry metrics, registered late", () => {
  it("skips metric work while no meter provider is registered, and records once one is", async () => {
    const adapter = new MockAdapter({ responses: [valid(), valid()] });
    const instructor = createInstructor({ adapter, telemetry: { tracer: tracer() } });
    await instructor.generate(base);
    const reader = new TestReader();
    const meterProvider = new MeterProvider({ readers: [reader] });
    metrics.setGlobalMeterProvider(meterProvider);
    try {
      await instructor.generate(base);
      // Only the call made after the provider was registered.
      expect(await durationPoints(reader)).toBe(1);
    } finally {
      metrics.disable();
      await meterProvider.shutdown();
    }
  });
});

function dumpSpan(span: ReadableSpan) {
  return { name: span.name, attributes: span.attributes, status: span.status, events: span.events };
}
