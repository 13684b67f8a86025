import type { EventStreamError } from "@instr/core";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { ObjectState } from "./object-state.js";
import { ObjectStreamStore } from "./object-stream-store.js";
import { MockAdapter, parts, Recipe, routeFetch } from "./test-route.fixture.js";

type RecipeOut = { title: string; steps: string[] };

/** Every state the store publishes during one call. */
function record<T>(store: ObjectStreamStore<T, never>): ObjectState<T, never>[] {
  const states: ObjectState<T, never>[] = [];
  store.subscribe(() => states.push(store.getSnapshot()));
  return states;
}

describe("ObjectStreamStore", () => {
  it("fills the object in, restarts it on a re-ask, ends with the validated value", async () => {
    const adapter = new MockAdapter()
      .enqueueStream(parts('{"title": "pancakes", "steps": [1]}'))
      .enqueueStream(parts('{"title": "crepes", "steps": ["mix", "fry"]}'));
    const route = routeFetch(adapter);
    const finished: unknown[] = [];
    const store = new ObjectStreamStore<RecipeOut, never>({
      api: "/api/recipe",
      schema: Recipe,
      fetch: route.fetch,
      onFinish: (result) => finished.push(result),
    });
    const states = record(store);
    await store.submit({ dish: "pancakes" });
    expect(route.bodies).toEqual([{ dish: "pancakes" }]);
    expect(states[0]).toMatchObject({ isLoading: true, attempt: 1, object: undefined });
    const titles = states.map((s) => s.object?.title);
    // The title shows while it is written.
    expect(titles.some((t) => t !== undefined && t.length > 0 && t.length < 8)).toBe(true);
    const restart = states.findIndex((s) => s.attempt === 2);
    expect(states[restart]?.object).toBeUndefined();
    const after = states.slice(restart).map((s) => s.object?.title);
    expect(after.some((t) => t !== undefined && t.length > 0 && t.length < 6)).toBe(true);
    expect(store.getSnapshot()).toMatchObject({
      object: { title: "CREPES", steps: ["mix", "fry"] },
      isLoading: false,
      error: undefined,
      attempt: 2,
      usage: { promptTokens: 2, completionTokens: 2, totalTokens: 4 },
    });
    expect(finished).toHaveLength(1);
  });

  it("shows a list root and absent optionals as the server's snapshots do", async () => {
    // Sent as `{"value": [...]}`; `note: null` stands for an absent optional (strict dialects).
    const Steps = z.array(z.object({ text: z.string(), note: z.string().optional() }));
    const answer = '{"value": [{"text": "mix", "note": null}, {"text": "fry", "note": "hot"}]}';
    const adapter = new MockAdapter().enqueueStream(parts(answer));
    const store = new ObjectStreamStore<z.output<typeof Steps>, never>({
      api: "/api/steps",
      fetch: routeFetch(adapter, Steps).fetch,
    });
    const states = record(store);
    await store.submit({});
    const objects = states.flatMap((s) => (s.object === undefined ? [] : [s.object]));
    // Every state the page sees is a list, never the wrapper, never a null note.
    expect(objects.length).toBeGreaterThan(3);
    for (const object of objects) {
      expect(Array.isArray(object)).toBe(true);
      expect(JSON.stringify(object)).not.toContain('"note":null');
    }
    expect(objects).toContainEqual([{ text: "mix" }, { text: "fr" }]);
    expect(store.getSnapshot()).toMatchObject({
      object: [{ text: "mix" }, { text: "fry", note: "hot" }],
      isLoading: false,
      error: undefined,
    });
  });

  it("a failed call sets error and calls onError", async () => {
    const adapter = new MockAdapter();
    // Two calls of three attempts each (two re-asks), every answer invalid.
    for (let i = 0; i < 6; i++) adapter.enqueueStream(parts("{}"));
    const errors: EventStreamError[] = [];
    const store = new ObjectStreamStore<RecipeOut, never>({
      api: "/x",
      fetch: routeFetch(adapter).fetch,
      onError: (error) => errors.push(error),
    });
    await store.submit({});
    await store.submit({}); // a new call starts clean
    expect(store.getSnapshot().error).toMatchObject({ kind: "remote", remoteName: "RetryError" });
    expect(errors).toHaveLength(2);
    const failing = new ObjectStreamStore<RecipeOut, never>({
      api: "/x",
      fetch: () => Promise.reject(new TypeError("fetch failed")),
    });
    await failing.submit({});
    expect(failing.getSnapshot()).toMatchObject({
      isLoading: false,
      error: { kind: "disconnected" },
    });
  });

  it("stop aborts the request, which ends the route's provider stream", async () => {
    let closed = false;
    let reached: () => void = () => undefined;
    const started = new Promise<void>((resolve) => {
      reached = resolve;
    });
    const adapter = new MockAdapter();
    adapter.stream = async function* (request) {
      try {
        yield { type: "text-delta", delta: '{"title": "a' };
        reached();
        // The model never finishes; like an SDK's fetch, the wait ends when the call aborts.
        await new Promise((resolve) => request.signal?.addEventListener("abort", resolve));
      } finally {
        closed = true;
      }
    };
    const errors: unknown[] = [];
    const store = new ObjectStreamStore<RecipeOut, never>({
      api: "/x",
      fetch: routeFetch(adapter).fetch,
      onError: (error) => errors.push(error),
    });
    const call = store.submit({});
    await started;
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(store.getSnapshot()).toMatchObject({ isLoading: true, object: { title: "a" } });
    store.stop();
    await call;
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(store.getSnapshot()).toMatchObject({ isLoading: false, error: undefined });
    expect(errors).toEqual([]);
    expect(closed).toBe(true);
  });
});
