import { describe, expect, it } from "vitest";
import { z } from "zod";
import { IncompleteOutputError } from "../errors/incomplete-output-error.js";
import { JsonParseError } from "../errors/json-parse-error.js";
import { ProviderError } from "../errors/provider-error.js";
import { RetryError } from "../errors/retry-error.js";
import { ValidationError } from "../errors/validation-error.js";
import { createInstructor } from "../instructor/create-instructor.js";
import type { HookName } from "../instructor-types/hooks.js";
import { MockAdapter } from "../testing/mock-adapter.js";
import type { AdapterStreamPart } from "../types/adapter.js";
import { Mode } from "../types/mode.js";
import { gatedStream } from "./gate.fixture.js";
import { streamingAdapter, textParts, toolParts } from "./stream-parts.fixture.js";

const User = z.object({
  name: z.string(),
  age: z.number(),
  tags: z.array(z.string()).transform((tags) => tags.map((t) => t.toUpperCase())),
});
const answer = '{"name": "Jason", "age": 25, "tags": ["a", "b"]}';
const base = { responseModel: User, model: "m", prompt: "p" };

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const values: T[] = [];
  for await (const value of iterable) values.push(value);
  return values;
}

/** The parts of `answer` for `mode`, in the mode's wire shape. */
function partsFor(mode: Mode, json: string): AdapterStreamPart[] {
  switch (mode) {
    case Mode.TOOLS:
      return [
        { type: "reasoning-delta", delta: '{"not": "parsed"' },
        { type: "text-delta", delta: "Calling the tool." },
        ...toolParts("Response", json),
      ];
    case Mode.MD_JSON:
      return textParts(`<think>{"draft": 1}</think>Here:\n\`\`\`json\n${json}\n\`\`\`\nDone.`, {
        size: 2,
      });
    default:
      return [{ type: "reasoning-delta", delta: "[1, 2" }, ...textParts(json)];
  }
}

describe("generatePartial", () => {
  it.each(Object.values(Mode))(
    "streams snapshots, then the validated value, in mode %s",
    async (mode) => {
      const adapter = new MockAdapter().enqueueStream(partsFor(mode, answer));
      const snapshots = await collect(
        createInstructor({ adapter }).generatePartial({ ...base, mode }),
      );
      const final = snapshots.at(-1);
      expect(final).toEqual({ name: "Jason", age: 25, tags: ["A", "B"] }); // zod output
      expect(snapshots.length).toBeGreaterThanOrEqual(7);
      expect(snapshots[0]).toEqual({});
      // The name shows while it is written.
      const names = snapshots.map((s) => s.name).filter((n) => n !== undefined && n !== "Jason");
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) expect("Jason".startsWith(name ?? "")).toBe(true);
      expect(snapshots).toContainEqual({ name: "Jason", age: 25, tags: ["a"] });
      for (let i = 1; i < snapshots.length; i++) expect(snapshots[i]).not.toBe(snapshots[i - 1]);
      expect(adapter.requests[0]?.mode).toBe(mode);
    },
  );

  it.each(Object.values(Mode))(
    "ends with the validated value, not a snapshot repeating it, in mode %s",
    async (mode) => {
      const Plain = z.object({ name: z.string(), age: z.number(), tags: z.array(z.string()) });
      const adapter = new MockAdapter().enqueueStream(partsFor(mode, answer));
      const snapshots = await collect(
        createInstructor({ adapter }).generatePartial({ ...base, responseModel: Plain, mode }),
      );
      expect(snapshots.at(-1)).toEqual({ name: "Jason", age: 25, tags: ["a", "b"] });
      // The snapshot of the last chunk that changed anything ("b") equalled the value: the one
      // before it is the last partial yield.
      expect(snapshots.at(-2)).toEqual({ name: "Jason", age: 25, tags: ["a"] });
      for (let i = 1; i < snapshots.length; i++) {
        expect(snapshots[i]).not.toEqual(snapshots[i - 1]);
      }
    },
  );

  it("shows the last snapshot at once when the stream pauses before its end", async () => {
    const paused = gatedStream(
      [{ type: "text-delta", delta: '{"name": "Ann"}' }],
      [{ type: "finish", finishReason: "stop" }],
    );
    const adapter = streamingAdapter(paused.stream);
    const iterator = createInstructor({ adapter })
      .generatePartial({ ...base, responseModel: z.object({ name: z.string() }) })
      [Symbol.asyncIterator]();
    // The finish part is still held back by the provider: the snapshot does not wait for it.
    expect(await iterator.next()).toEqual({ done: false, value: { name: "Ann" } });
    paused.gate.open();
    expect(await iterator.next()).toEqual({ done: false, value: { name: "Ann" } });
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });

  it("never yields the same snapshot twice in a row", async () => {
    // Whitespace, a key without a value and "12." add nothing visible; the last chunk's
    // snapshot is left out because the validated value, equal to it, follows.
    const chunks = ['{"a": 1', "   ", ', "b"', ":", " 12", ".", "5}"];
    const parts: AdapterStreamPart[] = [
      ...chunks.map((delta): AdapterStreamPart => ({ type: "text-delta", delta })),
      { type: "finish", finishReason: "stop" },
    ];
    const adapter = new MockAdapter().enqueueStream(parts);
    const model = z.object({ a: z.number(), b: z.number() });
    const snapshots = await collect(
      createInstructor({ adapter }).generatePartial({
        ...base,
        responseModel: model,
        mode: Mode.JSON,
      }),
    );
    expect(snapshots).toEqual([{ a: 1 }, { a: 1, b: 12 }, { a: 1, b: 12.5 }]);
  });

  it("shares structure between snapshots: unchanged subtrees keep their identity", async () => {
    const json = '{"user": {"name": "Ann", "langs": ["en"]}, "notes": ["first", "second note"]}';
    const adapter = new MockAdapter().enqueueStream(textParts(json, { size: 4 }));
    const model = z.object({
      user: z.object({ name: z.string(), langs: z.array(z.string()) }),
      notes: z.array(z.string()),
    });
    const snapshots = await collect(
      createInstructor({ adapter }).generatePartial({
        ...base,
        responseModel: model,
        mode: Mode.JSON,
      }),
    );
    const partials = snapshots.slice(0, -1);
    const withNotes = partials.filter((s) => s.notes !== undefined);
    expect(withNotes.length).toBeGreaterThan(3);
    const user = withNotes[0]?.user;
    expect(user).toEqual({ name: "Ann", langs: ["en"] });
    for (const snapshot of withNotes) expect(snapshot.user).toBe(user);
    const firstNote = withNotes.find((s) => s.notes?.length === 2)?.notes;
    const lastNote = withNotes.at(-1)?.notes;
    expect(lastNote).not.toBe(firstNote);
    expect(lastNote?.[0]).toBe("first");
  });

  it("re-asks when the final value fails validation, streams again and fires the hooks", async () => {
    const usage = { promptTokens: 10, completionTokens: 5, totalTokens: 15 };
    const adapter = new MockAdapter()
      .enqueueStream(textParts('{"name": "Jason", "age": "old", "tags": []}', { usage }))
      .enqueueStream(textParts(answer, { usage }));
    const instructor = createInstructor({ adapter });
    const events: string[] = [];
    for (const name of [
      "completion:kwargs",
      "completion:response",
      "parse:error",
      "retry",
    ] as const) {
      instructor.on(name, (payload: { attempt: number }) =>
        events.push(`${name}#${payload.attempt}`),
      );
    }
    let streamFlag: boolean | undefined;
    instructor.on("completion:kwargs", (e) => {
      streamFlag = e.stream;
    });
    const snapshots = await collect(instructor.generatePartial({ ...base, mode: Mode.JSON }));
    // One line per attempt: the first fails to parse and is retried, the second succeeds.
    expect(events).toEqual([
      ...["completion:kwargs#1", "completion:response#1", "parse:error#1", "retry#1"],
      ...["completion:kwargs#2", "completion:response#2"],
    ]);
    expect(streamFlag).toBe(true);
    // The second attempt starts over from its own answer.
    const restart = snapshots.findIndex((s, i) => i > 0 && Object.keys(s).length === 0);
    expect(restart).toBeGreaterThan(0);
    expect(snapshots.slice(0, restart)).toContainEqual({ name: "Jason", age: "old" });
    expect(snapshots.at(-1)).toEqual({ name: "Jason", age: 25, tags: ["A", "B"] });
    const reask = adapter.requests[1]?.messages.slice(-2);
    expect(reask?.[0]).toEqual({
      role: "assistant",
      content: '{"name": "Jason", "age": "old", "tags": []}',
    });
    expect(reask?.[1]?.role).toBe("user");
  });

  it("reports invalid JSON after streaming the whole answer, and sums usage into RetryError", async () => {
    const usage = { promptTokens: 3, completionTokens: 2, totalTokens: 5 };
    const bad = '{"name": "Ja" "age": 1}';
    const adapter = new MockAdapter()
      .enqueueStream(textParts(bad, { usage }))
      .enqueueStream(textParts(bad, { usage }));
    const errors: unknown[] = [];
    const instructor = createInstructor({ adapter, maxRetries: 1 });
    instructor.on("parse:error", (e) => errors.push(e.error));
    const seen: unknown[] = [];
    let failure: unknown;
    try {
      for await (const snapshot of instructor.generatePartial({ ...base, mode: Mode.JSON })) {
        seen.push(snapshot);
      }
    } catch (error) {
      failure = error;
    }
    expect(RetryError.isInstance(failure)).toBe(true);
    expect((failure as RetryError).usage).toEqual({
      promptTokens: 6,
      completionTokens: 4,
      totalTokens: 10,
    });
    expect(errors.every((e) => JsonParseError.isInstance(e))).toBe(true);
    expect(errors).toHaveLength(2);
    expect(seen.at(-1)).toEqual({ name: "Ja" }); // nothing past the error is shown
  });

  it("throws IncompleteOutputError when the stream stops at the token limit", async () => {
    const adapter = new MockAdapter().enqueueStream(
      textParts('{"name": "Jas', { finishReason: "length" }),
    );
    const seen: unknown[] = [];
    const run = async () => {
      for await (const s of createInstructor({ adapter }).generatePartial({
        ...base,
        mode: Mode.JSON,
      })) {
        seen.push(s);
      }
    };
    await expect(run()).rejects.toSatisfy(IncompleteOutputError.isInstance);
    // A `length` finish ends in an error, not a value: the last snapshot is shown.
    expect(seen.at(-1)).toEqual({ name: "Jas" });
    expect(adapter.requests).toHaveLength(1);
  });

  it("rejects with a provider error raised mid-stream and reports completion:error", async () => {
    const failure = new ProviderError("reset", {
      provider: "mock",
      status: 502,
      isRetryable: true,
    });
    const adapter = streamingAdapter(async function* () {
      yield { type: "text-delta", delta: '{"name": "A' };
      throw failure;
    });
    const instructor = createInstructor({ adapter });
    const errors: unknown[] = [];
    instructor.on("completion:error", (e) => errors.push(e.error));
    const seen: unknown[] = [];
    const run = async () => {
      for await (const s of instructor.generatePartial(base)) seen.push(s);
    };
    await expect(run()).rejects.toBe(failure);
    expect(errors).toEqual([failure]);
    expect(seen).toEqual([{ name: "A" }]);
  });

  it("rejects with the abort reason mid-stream, even when the adapter ignores its signal", async () => {
    const paused = gatedStream(
      [{ type: "text-delta", delta: '{"name": "A' }],
      [{ type: "text-delta", delta: '"}' }],
    );
    const adapter = streamingAdapter(paused.stream);
    const controller = new AbortController();
    const iterator = createInstructor({ adapter })
      .generatePartial({ ...base, signal: controller.signal })
      [Symbol.asyncIterator]();
    expect((await iterator.next()).value).toEqual({ name: "A" });
    const pending = iterator.next();
    const reason = new Error("user cancelled");
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    paused.gate.open();
    await new Promise((resolve) => setImmediate(resolve));
    expect(paused.closed).toBe(true);
  });

  it("closes the provider stream when the caller stops early", async () => {
    let closed = false;
    const adapter = streamingAdapter(async function* () {
      try {
        for (const part of textParts(answer)) yield part;
      } finally {
        closed = true;
      }
    });
    for await (const snapshot of createInstructor({ adapter }).generatePartial(base)) {
      if (snapshot.name === "Jason") break;
    }
    expect(closed).toBe(true);
  });

  it("streams only the tool call named after the schema in TOOLS mode", async () => {
    const parts: AdapterStreamPart[] = [
      ...toolParts("Response", answer).slice(0, -1),
      { type: "finish", finishReason: "tool_calls" },
    ];
    const adapter = new MockAdapter().enqueueStream(parts);
    const hooks: HookName[] = [];
    const instructor = createInstructor({ adapter });
    instructor.on("completion:response", (e) => {
      hooks.push("completion:response");
      expect(e.response.toolCalls).toEqual([{ id: "call_0", name: "Response", arguments: answer }]);
      expect(e.response.finishReason).toBe("tool_calls");
    });
    const snapshots = await collect(instructor.generatePartial({ ...base, mode: Mode.TOOLS }));
    expect(snapshots.at(-1)).toEqual({ name: "Jason", age: 25, tags: ["A", "B"] });
    expect(hooks).toEqual(["completion:response"]);
  });

  it("re-asks a TOOLS answer that called another tool", async () => {
    const adapter = new MockAdapter()
      .enqueueStream(toolParts("Other", answer))
      .enqueueStream(toolParts("Response", answer));
    const errors: unknown[] = [];
    const instructor = createInstructor({ adapter });
    instructor.on("parse:error", (e) => errors.push(e.error));
    const snapshots = await collect(instructor.generatePartial({ ...base, mode: Mode.TOOLS }));
    expect(snapshots[0]).toEqual({}); // nothing streamed from the other tool
    expect(JsonParseError.isInstance(errors[0])).toBe(true);
    expect(snapshots.at(-1)).toEqual({ name: "Jason", age: 25, tags: ["A", "B"] });
  });

  it("reports a validation failure of the streamed value like generate", async () => {
    const adapter = new MockAdapter()
      .enqueueStream(textParts('{"name": 1, "age": 2, "tags": []}'))
      .enqueueStream(textParts(answer));
    const errors: unknown[] = [];
    const instructor = createInstructor({ adapter });
    instructor.on("parse:error", (e) => errors.push(e.error));
    await collect(instructor.generatePartial({ ...base, mode: Mode.JSON_SCHEMA }));
    expect(ValidationError.isInstance(errors[0])).toBe(true);
  });
});

describe("generatePartial on wide containers", () => {
  it("spaces snapshots out so their total work stays linear, and still ends complete", async () => {
    const numbers = Array.from({ length: 5000 }, (_, i) => i);
    const json = JSON.stringify({ numbers });
    const adapter = new MockAdapter().enqueueStream(textParts(json, { size: 1 }));
    const model = z.object({ numbers: z.array(z.number()) });
    const snapshots = await collect(
      createInstructor({ adapter }).generatePartial({
        ...base,
        responseModel: model,
        mode: Mode.JSON,
      }),
    );
    const copied = snapshots.reduce((sum, s) => sum + (s.numbers?.length ?? 0), 0);
    expect(copied).toBeLessThanOrEqual(16 * json.length + numbers.length);
    expect(snapshots.length).toBeGreaterThan(100);
    expect(snapshots.length).toBeLessThan(json.length / 2);
    expect(snapshots.at(-1)).toEqual({ numbers });
    snapshots.forEach((s, i) => {
      const partial = s.numbers ?? [];
      expect(partial.slice(0, -1)).toEqual(numbers.slice(0, Math.max(0, partial.length - 1)));
      if (i > 0)
        expect(partial.length).toBeGreaterThanOrEqual(snapshots[i - 1]?.numbers?.length ?? 0);
    });
  });
});
