import { describe, expect, it } from "vitest";
import { InstructorError } from "../errors/instructor-error.js";
import { createMemoryCache } from "./memory-cache.js";

describe("createMemoryCache", () => {
  it("returns what was set and undefined on a miss", async () => {
    const cache = createMemoryCache();
    await cache.set("a", { x: 1 });
    expect(await cache.get("a")).toEqual({ x: 1 });
    expect(await cache.get("b")).toBeUndefined();
  });

  it("drops the least recently used entry beyond maxEntries", async () => {
    const cache = createMemoryCache({ maxEntries: 2 });
    await cache.set("a", 1);
    await cache.set("b", 2);
    await cache.get("a"); // "b" is now the least recently used
    await cache.set("c", 3);
    expect(await cache.get("b")).toBeUndefined();
    expect(await cache.get("a")).toBe(1);
    expect(await cache.get("c")).toBe(3);
  });

  it("expires entries after the default or per-entry TTL", async () => {
    let time = 0;
    const cache = createMemoryCache({ ttlMs: 100, now: () => time });
    await cache.set("default", 1);
    await cache.set("short", 2, 10);
    time = 50;
    expect(await cache.get("short")).toBeUndefined();
    expect(await cache.get("default")).toBe(1);
    time = 100;
    expect(await cache.get("default")).toBeUndefined();
  });

  it("rejects a bad size", () => {
    expect(() => createMemoryCache({ maxEntries: 0 })).toThrow(InstructorError);
  });
});
