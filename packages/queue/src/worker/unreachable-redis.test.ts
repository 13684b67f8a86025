import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { scriptedInstructor } from "../../test/scripted-instructor.js";
import { freePort } from "../../test/throwaway-redis.js";
import { createRedisCache } from "../cache/redis-cache.js";
import { RedisUnavailableError } from "../errors/redis-unavailable-error.js";
import { createExtractionQueue } from "../queue/create-extraction-queue.js";
import { defineSchema } from "../schema/extraction-schema.js";
import { redisHashSink } from "../sink/redis-hash-sink.js";
import { createExtractionWorker } from "./create-extraction-worker.js";

const note = defineSchema("note", z.object({ text: z.string() }));

describe("a worker whose Redis is unreachable", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("reports one typed line per backoff step, from all its connections, and no stack traces", async () => {
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
    const url = `redis://127.0.0.1:${await freePort()}`;
    const reports: Error[] = [];
    const sinkErrors: Error[] = [];
    const cacheErrors: Error[] = [];
    const sink = redisHashSink({ connection: url, key: "r", onError: (e) => sinkErrors.push(e) });
    const cache = createRedisCache({ connection: url, onError: (e) => cacheErrors.push(e) });
    const worker = createExtractionWorker({
      connection: url,
      name: "unreachable",
      instructor: scriptedInstructor(() => ({ text: "x" })).instructor,
      schemas: [note],
      sink,
      rateLimit: { max: 10, durationMs: 1000 },
      onError: (error) => reports.push(error),
    });
    // Backoff 250, 500, 1000 ms...: attempts 1-3 fall within 2 s.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const closing = worker.close();
    await cache.close().catch(() => {});
    await Promise.race([closing, new Promise((resolve) => setTimeout(resolve, 1000))]);

    expect(reports.length).toBeGreaterThanOrEqual(3);
    expect(reports.every((e) => RedisUnavailableError.isInstance(e))).toBe(true);
    const attempts = reports.map((e) => (RedisUnavailableError.isInstance(e) ? e.attempt : 0));
    // Each step once, in order, although the worker has four connections.
    expect(attempts).toEqual(attempts.map((_, i) => i + 1));
    expect(reports[0]?.message).toBe(
      `Redis at ${url} is unreachable (ECONNREFUSED); retrying in 250 ms (attempt 1).`,
    );
    // The sink's and the cache's own clients: one error each for the whole outage.
    expect(sinkErrors.map((e) => e.message)).toEqual([
      `Redis at ${url} is unreachable (ECONNREFUSED).`,
    ]);
    expect(cacheErrors).toHaveLength(1);
    // ioredis prints "[ioredis] Unhandled error event" with a stack when a client has no listener.
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("a queue reports the outage once per step too", async () => {
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
    const url = `redis://127.0.0.1:${await freePort()}`;
    const reports: Error[] = [];
    const queue = createExtractionQueue({
      connection: url,
      name: "unreachable",
      onError: (error) => reports.push(error),
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await queue.close().catch(() => {});
    expect(reports.map((e) => e.message).slice(0, 2)).toEqual([
      `Redis at ${url} is unreachable (ECONNREFUSED); retrying in 250 ms (attempt 1).`,
      `Redis at ${url} is unreachable (ECONNREFUSED); retrying in 500 ms (attempt 2).`,
    ]);
    expect(reports.length).toBeLessThanOrEqual(3); // 250 + 500 + 1000 ms: at most 3 in 1 s
    expect(consoleError).not.toHaveBeenCalled();
  });
});
