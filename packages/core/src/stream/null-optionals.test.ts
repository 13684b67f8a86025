import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createInstructor } from "../instructor/create-instructor.js";
import { MockAdapter } from "../testing/mock-adapter.js";
import { Mode } from "../types/mode.js";
import { gatedStream } from "./gate.fixture.js";
import { streamingAdapter, textParts } from "./stream-parts.fixture.js";

const Person = z.object({
  name: z.string(),
  nick: z.string().optional(),
  age: z.number().default(0),
});

describe("streaming: a strict dialect's null for an optional property", () => {
  it("generateIterable hands each element over with those nulls read as absent, mid-stream", async () => {
    const paused = gatedStream(
      [{ type: "text-delta", delta: '{"items": [{"name": "Ann", "nick": null, "age": null}' }],
      [
        { type: "text-delta", delta: ', {"name": "Bob", "nick": "B", "age": 41}]}' },
        { type: "finish", finishReason: "stop" },
      ],
    );
    const adapter = streamingAdapter(paused.stream);
    const iterator = createInstructor({ adapter })
      .generateIterable({ responseModel: Person, model: "m", prompt: "people" })
      [Symbol.asyncIterator]();
    // Yielded before the provider sends the rest: validated on its own, not by the final answer.
    expect(await iterator.next()).toEqual({ done: false, value: { name: "Ann", age: 0 } });
    const second = iterator.next();
    await new Promise((resolve) => setImmediate(resolve)); // the stream now waits at its gate
    paused.gate.open();
    expect(await second).toEqual({
      done: false,
      value: { name: "Bob", nick: "B", age: 41 },
    });
    expect((await iterator.next()).done).toBe(true);
  });

  it("generatePartial's last yield is the validated value without those nulls", async () => {
    const json = JSON.stringify({ name: "Ann", nick: null, age: null });
    const adapter = new MockAdapter().enqueueStream(textParts(json));
    const snapshots: unknown[] = [];
    const stream = createInstructor({ adapter }).generatePartial({
      responseModel: Person,
      model: "m",
      prompt: "Ann",
      mode: Mode.JSON,
    });
    for await (const snapshot of stream) snapshots.push(snapshot);
    expect(snapshots.at(-1)).toEqual({ name: "Ann", age: 0 });
    expect(adapter.requests).toHaveLength(1);
  });
});
