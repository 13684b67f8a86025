import { describe, expect, it } from "vitest";
import { z } from "zod";
import { EventStreamError } from "../errors/event-stream-error.js";
import { createInstructor } from "../instructor/create-instructor.js";
import { collect } from "../stream/collect.fixture.js";
import { gatedStream } from "../stream/gate.fixture.js";
import { textParts } from "../stream/stream-parts.fixture.js";
import { MockAdapter } from "../testing/mock-adapter.js";
import { Mode } from "../types/mode.js";
import type { EventStreamEvent } from "./event-stream-event.js";
import { readEventStream } from "./read-event-stream.js";
import { toEventStream } from "./to-event-stream.js";
import { toResponse } from "./to-response.js";

const User = z.object({ name: z.string().transform((n) => n.toUpperCase()), age: z.number() });
const base = { responseModel: User, model: "m", prompt: "p", mode: Mode.JSON };
const usage = { promptTokens: 3, completionTokens: 5, totalTokens: 8 };

function snapshotsOf<T>(events: readonly EventStreamEvent<T, unknown>[]) {
  return events.flatMap((e) => (e.type === "partial" ? [e.snapshot] : []));
}

describe("toResponse → readEventStream", () => {
  it("rebuilds the server's snapshots, re-ask restart and final value in the browser's shape", async () => {
    const adapter = new MockAdapter()
      .enqueueStream(textParts('{"name": "jason", "age": "x"}', { size: 2, usage }))
      .enqueueStream([
        { type: "reasoning-delta", delta: "again" },
        ...textParts('{"name": "jo\\nx", "age": 3}', { size: 2, usage }),
      ]);
    const instructor = createInstructor({ adapter });
    const response = toResponse(instructor.generateStream(base), { flushMs: 0 });
    expect(response.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    const events = await collect(readEventStream(response, { schema: User }));
    const retry = events.findIndex((e) => e.type === "retry");
    const before = snapshotsOf(events.slice(0, retry));
    const after = snapshotsOf(events.slice(retry));
    // The name shows while it is written.
    expect(before.some((s) => s.name !== undefined && s.name.length > 0 && s.name.length < 5)).toBe(
      true,
    );
    expect(after[0]).toEqual({});
    expect(after).toContainEqual({ name: "jo\nx" });
    const retryEvent = events[retry];
    expect(retryEvent?.type === "retry" && retryEvent.error.remoteName).toBe("ValidationError");
    expect(events).toContainEqual({ type: "reasoning", delta: "again", attempt: 2 });
    expect(events.at(-1)).toEqual({
      type: "final",
      value: { name: "JO\nX", age: 3 }, // zod's output, from the client's schema
      usage: { promptTokens: 6, completionTokens: 10, totalTokens: 16 },
      attempts: 2,
    });
  });

  it("snapshots share structure: an untouched subtree keeps its identity", async () => {
    const adapter = new MockAdapter().enqueueStream(
      textParts('{"a": {"b": [1, 2]}, "c": "long text"}', { size: 1 }),
    );
    // An object root: a wrapped (non-object) root's text carries the wrapper on the wire.
    const stream = createInstructor({ adapter }).generateStream({
      ...base,
      responseModel: z.object({ a: z.object({ b: z.array(z.number()) }), c: z.string() }),
    });
    const snapshots = snapshotsOf(
      await collect(readEventStream(toEventStream(stream, { flushMs: 0 }))),
    );
    const withC = snapshots.filter(
      (s): s is { a: unknown; c: string } => typeof s === "object" && s !== null && "c" in s,
    );
    expect(withC.length).toBeGreaterThan(3);
    expect(withC.every((s) => s.a === withC[0]?.a)).toBe(true);
  });

  it("a wrapped root's snapshots and strict-dialect nulls look in the browser as on the server", async () => {
    // A list root is sent wrapped (`{"value": [...]}`); `nick: null` stands for an absent
    // optional (a strict dialect writes it so); `note` is really nullable and keeps its null.
    const Person = z.object({
      name: z.string(),
      nick: z.string().optional(),
      note: z.string().nullable(),
      pet: z.object({ kind: z.string(), age: z.number().optional() }).optional(),
    });
    const People = z.array(Person).describe("Internal: never show this text to a browser");
    const answer = JSON.stringify({
      value: [
        { name: "Ann", nick: null, note: null, pet: { kind: "cat", age: null } },
        { name: "Bob", nick: "B", note: "n", pet: null },
      ],
    });
    const adapter = new MockAdapter();
    for (let i = 0; i < 3; i++) adapter.enqueueStream(textParts(answer, { size: 3, usage }));
    const instructor = createInstructor({ adapter });
    const params = { ...base, responseModel: People };
    const server = await collect(instructor.generateStream(params));
    const partial = await collect(instructor.generatePartial(params));
    const body = toEventStream(instructor.generateStream(params), { flushMs: 0 });
    const [forBytes, forReader] = body.tee();
    const wire = await new Response(forBytes).text();
    const client = await collect(readEventStream(forReader));

    const serverSnapshots = server.flatMap((e) => (e.type === "partial" ? [e.snapshot] : []));
    const clientSnapshots = snapshotsOf(client);
    expect(clientSnapshots).toEqual(serverSnapshots);
    // What generatePartial yields is what the browser shows, the last yield included.
    for (const yielded of partial.slice(0, -1)) expect(clientSnapshots).toContainEqual(yielded);
    const final = client.at(-1);
    expect(final?.type === "final" && final.value).toEqual(partial.at(-1));
    expect(partial.at(-1)).toEqual([
      { name: "Ann", note: null, pet: { kind: "cat" } },
      { name: "Bob", nick: "B", note: "n" },
    ]);
    // Never the wrapper, never a null for an optional.
    for (const snapshot of clientSnapshots) {
      expect(Array.isArray(snapshot)).toBe(true);
      expect(JSON.stringify(snapshot)).not.toMatch(/"(nick|age|pet)":null/);
    }
    // Mid-stream too: Ann's pet is being written, her nick and the pet's age are gone.
    expect(clientSnapshots).toContainEqual([{ name: "Ann", note: null, pet: { kind: "cat" } }]);
    // The shape went over the wire once, without the schema's descriptions.
    expect(wire.match(/event:shape/g)).toHaveLength(1);
    expect(wire).not.toMatch(/Internal/);
  });

  it("with the client's schema, a wrapped root's final value is zod's output of the inner value", async () => {
    const Tags = z.array(z.string().transform((t) => t.toUpperCase()));
    const adapter = new MockAdapter().enqueueStream(
      textParts('{"value": ["a", "b"]}', { size: 4, usage }),
    );
    const stream = createInstructor({ adapter }).generateStream({ ...base, responseModel: Tags });
    const response = toResponse(stream, { flushMs: 0 });
    const events = await collect(readEventStream(response, { schema: Tags }));
    expect(events.at(-1)).toMatchObject({ type: "final", value: ["A", "B"] });
    expect(snapshotsOf(events)).toContainEqual(["a"]);
  });

  it("iterable calls report each element with the value the text completed", async () => {
    const Item = z.object({ n: z.number() });
    const adapter = new MockAdapter().enqueueStream(
      textParts('{"items": [{"n": 1}, {"n": 2}, {"n": 3}]}', { size: 5 }),
    );
    const stream = createInstructor({ adapter }).generateStream({
      ...base,
      responseModel: Item,
      iterable: true,
    });
    const events = await collect(readEventStream(toEventStream(stream)));
    expect(events.filter((e) => e.type === "element")).toEqual([
      { type: "element", value: { n: 1 }, index: 0, attempt: 1 },
      { type: "element", value: { n: 2 }, index: 1, attempt: 1 },
      { type: "element", value: { n: 3 }, index: 2, attempt: 1 },
    ]);
  });

  it("iterable elements in the browser equal the server's: no strict-dialect null for an absent optional", async () => {
    // `nick: null` stands for an absent optional (a strict dialect writes it so); `note` is
    // really nullable and keeps its null.
    const Item = z.object({
      name: z.string(),
      nick: z.string().optional(),
      note: z.string().nullable(),
    });
    const answer =
      '{"items": [{"name": "Ann", "nick": null, "note": null}, {"name": "Bob", "nick": "B", "note": "n"}]}';
    const adapter = new MockAdapter();
    for (let i = 0; i < 2; i++) adapter.enqueueStream(textParts(answer, { size: 5, usage }));
    const instructor = createInstructor({ adapter });
    const params = { ...base, responseModel: Item, iterable: true } as const;
    const elementsOf = <E extends { type: string }>(events: E[]) =>
      events.filter((e) => e.type === "element");
    const server = elementsOf(await collect(instructor.generateStream(params)));
    const client = elementsOf(
      await collect(readEventStream(toEventStream(instructor.generateStream(params)))),
    );
    expect(client).toEqual(server);
    expect(client.map((e) => e.type === "element" && e.value)).toEqual([
      { name: "Ann", note: null },
      { name: "Bob", nick: "B", note: "n" },
    ]);
  });

  it("a failed call ends with a remote error naming the server's error", async () => {
    const adapter = new MockAdapter().enqueueStream(textParts("{}"));
    const stream = createInstructor({ adapter, maxRetries: 0 }).generateStream(base);
    const last = (await collect(readEventStream(toResponse(stream)))).at(-1);
    expect(last?.type).toBe("error");
    const error = last?.type === "error" ? last.error : undefined;
    expect(EventStreamError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ kind: "remote", remoteName: "RetryError" });
    expect(error?.message).toMatch(/No valid answer/);
  });

  it("a non-2xx response and a body that is not an instr stream are typed errors", async () => {
    const [http] = await collect(readEventStream(new Response("nope", { status: 503 })));
    expect(http).toMatchObject({ type: "error", error: { kind: "http", status: 503 } });
    const bad = new Response("event:final\ndata:{oops\n\n");
    expect((await collect(readEventStream(bad))).at(-1)).toMatchObject({
      type: "error",
      error: { kind: "protocol" },
    });
  });

  it("cancelling the body closes the call and the provider's stream", async () => {
    const paused = gatedStream(
      [{ type: "text-delta", delta: '{"name": "J' }],
      [{ type: "text-delta", delta: "ason" }],
    );
    const adapter = new MockAdapter({ defaultMode: Mode.JSON });
    adapter.stream = paused.stream;
    const controller = new AbortController();
    const stream = createInstructor({ adapter }).generateStream({
      ...base,
      signal: controller.signal,
    });
    const reader = toEventStream(stream, { flushMs: 0 }).getReader();
    await reader.read();
    controller.abort(); // what a server does when the request's signal fires
    await reader.cancel();
    paused.gate.open();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(paused.closed).toBe(true);
  });

  it("aborting the reader ends with an aborted error", async () => {
    const controller = new AbortController();
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode("data:{\n\n"));
      },
    });
    const events: EventStreamEvent<unknown>[] = [];
    for await (const event of readEventStream(body, { signal: controller.signal })) {
      events.push(event);
      controller.abort();
    }
    expect(events.at(-1)).toMatchObject({ type: "error", error: { kind: "aborted" } });
  });
});
