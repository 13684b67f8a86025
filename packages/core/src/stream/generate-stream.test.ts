import { describe, expect, expectTypeOf, it } from "vitest";
import { z } from "zod";
import { ProviderError } from "../errors/provider-error.js";
import { RetryError } from "../errors/retry-error.js";
import { ValidationError } from "../errors/validation-error.js";
import { createInstructor } from "../instructor/create-instructor.js";
import type { GenerateStreamEvent } from "../instructor-types/stream-event.js";
import { MockAdapter } from "../testing/mock-adapter.js";
import type { AdapterStreamPart } from "../types/adapter.js";
import type { DeepPartial } from "../types/deep-partial.js";
import { Mode } from "../types/mode.js";
import { collect } from "./collect.fixture.js";
import { textParts, toolParts } from "./stream-parts.fixture.js";

const User = z.object({ name: z.string(), age: z.number() });
const base = { responseModel: User, model: "m", prompt: "p", mode: Mode.JSON };
const usage = { promptTokens: 3, completionTokens: 5, totalTokens: 8 };

/** The text of an attempt's `partial` events, joined. */
function textOf(events: readonly GenerateStreamEvent<unknown, unknown>[], attempt: number) {
  return events.map((e) => (e.type === "partial" && e.attempt === attempt ? e.text : "")).join("");
}

describe("generateStream", () => {
  it("reports partials (with the answer text), reasoning, usage and the final value, typed", async () => {
    const answer = '{"name": "Jason", "age": 25}';
    const parts: AdapterStreamPart[] = [
      { type: "reasoning-delta", delta: "Thinking" },
      ...textParts(answer, { size: 2, usage }),
    ];
    const instructor = createInstructor({ adapter: new MockAdapter().enqueueStream(parts) });
    const stream = instructor.generateStream(base);
    expectTypeOf(stream).toEqualTypeOf<
      AsyncIterable<
        GenerateStreamEvent<
          { name: string; age: number },
          never,
          DeepPartial<{ name: string; age: number }> | { name: string; age: number }
        >
      >
    >();
    const events = await collect(stream);
    expect(events[0]).toEqual({ type: "reasoning", delta: "Thinking", attempt: 1 });
    expect(textOf(events, 1)).toBe(answer);
    const snapshots = events.flatMap((e) => (e.type === "partial" ? [e.snapshot] : []));
    expect(snapshots[0]).toEqual({});
    expect(snapshots).toContainEqual({ name: "Ja" });
    expect(events.slice(-2)).toEqual([
      { type: "usage", usage, attempt: 1 },
      { type: "final", value: { name: "Jason", age: 25 }, usage, attempts: 1 },
    ]);
  });

  it("the text of an MD_JSON answer is the JSON inside the fence; TOOLS: the arguments", async () => {
    const json = '{"name":"A","age":1}';
    const adapter = new MockAdapter()
      .enqueueStream(textParts(`Sure:\n\`\`\`json\n${json}\n\`\`\`\nDone.`, { size: 4 }))
      .enqueueStream(toolParts("Response", json, { size: 4 }));
    const instructor = createInstructor({ adapter });
    const md = await collect(instructor.generateStream({ ...base, mode: Mode.MD_JSON }));
    expect(textOf(md, 1).trim()).toBe(json);
    const tools = await collect(instructor.generateStream({ ...base, mode: Mode.TOOLS }));
    expect(textOf(tools, 1)).toBe(json);
  });

  it("a re-ask is a retry event; the next attempt's snapshots start over", async () => {
    const adapter = new MockAdapter()
      .enqueueStream(textParts('{"name": "Jason", "age": "old"}', { usage }))
      .enqueueStream(textParts('{"name": "Jo", "age": 3}', { usage }));
    const events = await collect(createInstructor({ adapter }).generateStream(base));
    const retry = events.findIndex((e) => e.type === "retry");
    const event = events[retry];
    expect(event?.type === "retry" && ValidationError.isInstance(event.error)).toBe(true);
    expect(event).toMatchObject({ attempt: 1 });
    expect(events[retry + 1]).toMatchObject({ type: "partial", snapshot: {}, attempt: 2 });
    expect(textOf(events, 2)).toBe('{"name": "Jo", "age": 3}');
    expect(events.filter((e) => e.type === "usage")).toHaveLength(2);
    expect(events.at(-1)).toEqual({
      type: "final",
      value: { name: "Jo", age: 3 },
      usage: { promptTokens: 6, completionTokens: 10, totalTokens: 16 },
      attempts: 2,
    });
  });

  it("a failure is the terminal error event, not a throw", async () => {
    const failure = new ProviderError("boom", {
      provider: "mock",
      status: 500,
      isRetryable: false,
    });
    const adapter = new MockAdapter().enqueueStream(textParts('{"name": 1}')).enqueueError(failure);
    const events = await collect(createInstructor({ adapter, maxRetries: 1 }).generateStream(base));
    expect(events.at(-1)).toEqual({ type: "error", error: failure });
    expect(events.filter((e) => e.type === "final")).toHaveLength(0);

    const spent = new MockAdapter().enqueueStream(textParts("{}"));
    const last = (
      await collect(createInstructor({ adapter: spent, maxRetries: 0 }).generateStream(base))
    ).at(-1);
    expect(last?.type === "error" && RetryError.isInstance(last.error)).toBe(true);
  });

  it("iterable mode reports each valid element once, with its index, across a re-ask", async () => {
    const Item = z.object({ n: z.number() });
    const adapter = new MockAdapter()
      .enqueueStream(textParts('{"items": [{"n": 1}, {"n": "x"}]}'))
      .enqueueStream(textParts('{"items": [{"n": 1}, {"n": 2}, {"n": 3}]}'));
    const stream = createInstructor({ adapter }).generateStream({
      ...base,
      responseModel: Item,
      iterable: true,
    });
    expectTypeOf(stream).toEqualTypeOf<
      AsyncIterable<
        GenerateStreamEvent<
          { items: { n: number }[] },
          { n: number },
          DeepPartial<{ items: { n: number }[] }>
        >
      >
    >();
    const events = await collect(stream);
    const elements = events.flatMap((e) => (e.type === "element" ? [[e.index, e.value.n]] : []));
    expect(elements).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    expect(events.at(-1)).toMatchObject({
      type: "final",
      value: { items: [{ n: 1 }, { n: 2 }, { n: 3 }] },
    });
  });

  it("leaving early closes the provider's stream", async () => {
    let closed = false;
    async function* parts(): AsyncGenerator<AdapterStreamPart> {
      try {
        yield { type: "text-delta", delta: '{"name": "J' };
        yield { type: "text-delta", delta: "ason" };
      } finally {
        closed = true;
      }
    }
    const adapter = new MockAdapter({ defaultMode: Mode.JSON });
    adapter.stream = () => parts();
    for await (const event of createInstructor({ adapter }).generateStream(base)) {
      if (event.type === "partial") break;
    }
    expect(closed).toBe(true);
  });
});
