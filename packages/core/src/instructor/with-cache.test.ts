import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { createMemoryCache } from "../cache/memory-cache.js";
import { MockAdapter } from "../testing/mock-adapter.js";
import { toolCallResponse } from "../testing/mock-responses.js";
import type { CacheStore } from "../types/cache.js";
import { createInstructor } from "./create-instructor.js";

const User = z.object({ name: z.string(), age: z.number() });
const usage = { promptTokens: 10, completionTokens: 5, totalTokens: 15 };
const answer = (args: unknown) => toolCallResponse("Response", args, { usage });

function setup(cache: CacheStore = createMemoryCache()) {
  const adapter = new MockAdapter();
  const instructor = createInstructor({ adapter, cache });
  const events: string[] = [];
  instructor.on("cache:hit", ({ key }) => events.push(`hit ${key}`));
  instructor.on("cache:miss", ({ key }) => events.push(`miss ${key}`));
  return { adapter, instructor, events, cache };
}

const params = { responseModel: User, model: "m", prompt: "Jason is 25" };

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the instructor cache", () => {
  it("answers a repeated call from the cache without a request", async () => {
    const { adapter, instructor, events } = setup();
    adapter.enqueueResponse(answer({ name: "Jason", age: 25 }));
    const first = await instructor.generateWithCompletion(params);
    const second = await instructor.generateWithCompletion(params);
    expect(adapter.requests).toHaveLength(1);
    expect(first).toMatchObject({ data: { name: "Jason", age: 25 }, attempts: 1, usage });
    expect(second).toEqual({
      data: { name: "Jason", age: 25 },
      completion: undefined,
      usage: { promptTokens: 0, completionTokens: 0, totalTokens: 0 },
      attempts: 0,
    });
    const key = events[0]!.slice("miss ".length);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(events).toEqual([`miss ${key}`, `hit ${key}`]);
  });

  it("misses when anything that decides the answer changes", async () => {
    const { adapter, instructor } = setup();
    for (let i = 0; i < 4; i++) adapter.enqueueResponse(answer({ name: "Jason", age: 25 }));
    await instructor.generate(params);
    await instructor.generate({ ...params, prompt: "Jason is 26" });
    await instructor.generate({ ...params, temperature: 0.3 });
    await instructor.generate({ ...params, model: "other" });
    expect(adapter.requests).toHaveLength(4);
  });

  it("caches only the validated answer of a re-asked call, and nothing of a failed one", async () => {
    const { adapter, instructor } = setup();
    adapter.enqueueResponse(answer({ name: "Jason", age: "old" }));
    adapter.enqueueResponse(answer({ name: "Jason", age: 25 }));
    await instructor.generate(params);
    expect(await instructor.generate(params)).toEqual({ name: "Jason", age: 25 });
    expect(adapter.requests).toHaveLength(2);

    const other = { ...params, prompt: "nobody", maxRetries: 0 };
    adapter.enqueueResponse(answer({ name: 1 }));
    await expect(instructor.generate(other)).rejects.toThrow(/No valid answer/);
    adapter.enqueueResponse(answer({ name: "Nobody", age: 0 }));
    expect(await instructor.generate(other)).toEqual({ name: "Nobody", age: 0 });
    expect(adapter.requests).toHaveLength(4);
  });

  it("stores the answer before transforms and runs them again on a hit", async () => {
    const { adapter, instructor, cache } = setup();
    const Upper = z.object({ name: z.string().transform((s) => s.toUpperCase()) });
    adapter.enqueueResponse(answer({ name: "jason" }));
    const request = { responseModel: Upper, model: "m", prompt: "x" };
    expect(await instructor.generate(request)).toEqual({ name: "JASON" });
    expect(await instructor.generate(request)).toEqual({ name: "JASON" });
    expect(adapter.requests).toHaveLength(1);
    const spy = vi.spyOn(cache, "get");
    await instructor.generate(request);
    expect(await spy.mock.results[0]?.value).toEqual({ name: "jason" });
  });

  it("treats an entry that no longer validates as a miss", async () => {
    const store = new Map<string, unknown>();
    const { adapter, instructor, events } = setup({
      get: (key) => store.get(key),
      set: (key, value) => void store.set(key, value),
    });
    adapter.enqueueResponse(answer({ name: "Jason", age: 25 }));
    await instructor.generate(params);
    for (const key of store.keys()) store.set(key, { name: "Jason" });
    adapter.enqueueResponse(answer({ name: "Jason", age: 26 }));
    expect(await instructor.generate(params)).toEqual({ name: "Jason", age: 26 });
    expect(events.map((e) => e.split(" ")[0])).toEqual(["miss", "miss"]);
  });

  it("skips the cache for a call with cache: false", async () => {
    const { adapter, instructor, events } = setup();
    adapter.enqueueResponse(answer({ name: "Jason", age: 25 }));
    adapter.enqueueResponse(answer({ name: "Jason", age: 25 }));
    await instructor.generate({ ...params, cache: false });
    await instructor.generate(params);
    expect(adapter.requests).toHaveLength(2);
    expect(events.map((e) => e.split(" ")[0])).toEqual(["miss"]);
  });

  it("returns the answer when writing the cache fails, and reports it", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { adapter, instructor } = setup({
      get: () => undefined,
      set: () => Promise.reject(new Error("disk full")),
    });
    adapter.enqueueResponse(answer({ name: "Jason", age: 25 }));
    expect(await instructor.generate(params)).toEqual({ name: "Jason", age: 25 });
    expect(error).toHaveBeenCalledWith(expect.stringContaining("cache"), expect.any(Error));
  });

  it("rejects before any request when reading the cache fails", async () => {
    const { adapter, instructor } = setup({
      get: () => Promise.reject(new Error("redis down")),
      set: () => undefined,
    });
    await expect(instructor.generate(params)).rejects.toThrow("redis down");
    expect(adapter.requests).toHaveLength(0);
  });
});
