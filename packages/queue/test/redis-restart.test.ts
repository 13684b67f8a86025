import { Redis } from "ioredis";
import { afterAll, beforeAll, expect, it } from "vitest";
import { z } from "zod";
import {
  createExtractionQueue,
  createExtractionWorker,
  defineSchema,
  type ExtractionQueue,
  type ExtractionWorker,
  redisHashSink,
} from "../src/index.js";
import { describeWithRedis } from "./redis.js";
import { promptOf, scriptedInstructor } from "./scripted-instructor.js";
import { startThrowawayRedis, type ThrowawayRedis } from "./throwaway-redis.js";
import { waitFor } from "./wait-for.js";

const note = defineSchema("note", z.object({ text: z.string() }));
const items = 300;

// Needs the redis-server binary itself (it restarts its own server), as the suite's setup does.
describeWithRedis("a Redis restart mid-run, with scripts/redis/start.sh", () => {
  let redis: ThrowawayRedis;
  let queue: ExtractionQueue;
  let worker: ExtractionWorker;
  const reports: Error[] = [];

  beforeAll(async () => {
    redis = await startThrowawayRedis();
  });
  afterAll(async () => {
    await worker?.close();
    await queue?.close();
    redis?.stop();
  });

  it("loses no job and no result; the worker reports the outage and carries on", async () => {
    queue = createExtractionQueue({ connection: redis.url, name: "restart" });
    const { instructor } = scriptedInstructor(async (request) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return { text: promptOf(request) };
    });
    worker = createExtractionWorker({
      connection: redis.url,
      name: "restart",
      instructor,
      schemas: [note],
      sink: redisHashSink({ connection: redis.url, key: "restart:results", onError: () => {} }),
      concurrency: 4,
      onError: (error) => reports.push(error),
    });
    const ids = await queue.addBulk(
      Array.from({ length: items }, (_, n) => ({ schema: note, model: "m", prompt: `item ${n}` })),
    );
    await waitFor("a third done", async () => (await queue.queue.getCompletedCount()) >= items / 3);
    const before = await queue.queue.getCompletedCount();
    redis.restart(); // stop.sh (SIGTERM: redis flushes its append-only file) then start.sh
    const counts = await queue.queue.getJobCounts("waiting", "active", "completed", "failed");
    expect(Object.values(counts).reduce((sum, n) => sum + n, 0)).toBe(items);
    await waitFor(
      "every item done after the restart",
      async () => (await queue.queue.getCompletedCount().catch(() => 0)) === items,
      30_000,
    );
    expect(before).toBeLessThan(items);
    const client = new Redis(redis.url);
    const stored = await client.hgetall("restart:results");
    await client.quit();
    expect(Object.keys(stored).sort()).toEqual([...new Set(ids)].sort());
    for (const [n, id] of ids.entries()) {
      expect(JSON.parse(stored[id] ?? "null").data).toEqual({ text: `item ${n}` });
    }
    expect(await queue.queue.getFailedCount()).toBe(0);
    expect(reports.length).toBeGreaterThan(0);
    expect(reports[0]?.message).toMatch(/^Redis at redis:\/\/127\.0\.0\.1:\d+ is unreachable \(/);
  }, 45_000);
});
