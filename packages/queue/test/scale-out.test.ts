import type { ChildProcess } from "node:child_process";
import { type MockServer, startMockServer } from "@instr/mock-server";
import { Redis } from "ioredis";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  createExtractionQueue,
  type ExtractionQueue,
  type ExtractionResult,
  type RateLimit,
} from "../src/index.js";
import { expectedItem, itemSchema } from "./fixtures/item-schema.js";
import { deleteKeys, describeWithRedis, redisUrl, uniqueQueueName } from "./redis.js";
import { maxInSlidingWindow } from "./sliding-window.js";
import { waitFor } from "./wait-for.js";
import { startWorkerProcesses, stopWorkerProcesses } from "./worker-processes.js";

const items = 2000;
// A wide jitter allowance: this machine may be shared and busy, and the test asserts the limit.
// The limiter promises `max` per window only for requests sent within `jitterMs` of taking their
// slot; with 250 ms a loaded CI run saw 254 in one window (workers there were seen taking over
// 400 ms to send a request, see inFlightGraceMs), so the allowance covers that.
const rateLimit: RateLimit = { max: 250, durationMs: 1000, jitterMs: 500 };
const killAfterRequests = 500;
const burstAfterRequests = 1200;
const burstLength = 5;
const retryAfterSeconds = 2;
// A request whose slot was taken before the first 429 may still be sent this long after it: a
// worker process on a loaded 2-core CI machine was seen taking over 400 ms to send one.
const inFlightGraceMs = 1000;

describeWithRedis("scale-out: 3 worker processes on one queue", () => {
  const name = uniqueQueueName("scale");
  const sinkKey = `${name}:results`;
  let server: MockServer;
  let queue: ExtractionQueue;
  let workers: ChildProcess[] = [];
  let killedAt = Number.NaN;
  let ids: string[] = [];
  const batch = Array.from({ length: items }, (_, n) => ({
    schema: itemSchema,
    model: "llama3.1-8b",
    prompt: `item ${n}`,
  }));

  const workerOf = (request: MockServer["requests"][number]) => String(request.headers["x-worker"]);
  const itemOf = (request: MockServer["requests"][number]) => {
    const match = /item (\d+)/.exec(JSON.stringify(request.body));
    if (match === null) throw new Error("request without an item");
    return Number(match[1]);
  };

  beforeAll(async () => {
    server = await startMockServer();
    let answered = 0;
    let bursted = 0;
    server.setHandler((request) => {
      answered++;
      // SIGKILL worker 0 while this request of its is in flight: the job stalls and must be
      // finished by another worker.
      if (answered >= killAfterRequests && workerOf(request) === "w0" && Number.isNaN(killedAt)) {
        killedAt = request.receivedAt;
        workers[0]?.kill("SIGKILL");
        return { type: "hang" };
      }
      if (answered >= burstAfterRequests && bursted < burstLength) {
        bursted++;
        return {
          type: "error",
          status: 429,
          headers: { "retry-after": String(retryAfterSeconds) },
        };
      }
      return {
        type: "message",
        content: JSON.stringify(expectedItem(itemOf(request))),
        delayMs: 10,
      };
    });
    queue = createExtractionQueue({ connection: redisUrl, name });
    workers = await startWorkerProcesses(
      ["w0", "w1", "w2"].map((workerId) => ({
        workerId,
        redisUrl,
        queueName: name,
        serverUrl: server.url,
        sinkKey,
        concurrency: 8,
        rateLimit,
        lockDuration: 1000,
        stalledInterval: 500,
      })),
    );
    ids = await queue.addBulk(batch);
    await waitFor(
      "every item done",
      async () => (await queue.queue.getCompletedCount()) === items,
      50_000,
    );
  }, 60_000);

  afterAll(async () => {
    await stopWorkerProcesses(workers);
    await queue?.queue.obliterate({ force: true });
    await queue?.close();
    await deleteKeys(`${name}*`);
    await server?.close();
  });

  it("every item appears exactly once in the results, correctly extracted", async () => {
    const redis = new Redis(redisUrl);
    const stored = await redis.hgetall(sinkKey);
    await redis.quit();
    expect(Object.keys(stored).sort()).toEqual([...ids].sort());
    for (const [n, id] of ids.entries()) {
      const result: ExtractionResult = JSON.parse(stored[id] ?? "null");
      expect(result.data).toEqual(expectedItem(n));
    }
    expect(await queue.queue.getFailedCount()).toBe(0);
  });

  it("the SIGKILLed worker's in-flight jobs finish on another worker", () => {
    expect(workers[0]?.signalCode).toBe("SIGKILL");
    // Requests worker 0 had sent when it died (the one that triggered the kill included):
    // nobody received their answers, so their jobs stalled.
    const lost = server.requests.filter((r) => workerOf(r) === "w0" && r.receivedAt >= killedAt);
    expect(lost.length).toBeGreaterThan(0);
    for (const item of lost.map(itemOf)) {
      const redone = server.requests.filter((r) => itemOf(r) === item && r.receivedAt > killedAt);
      expect(redone.map(workerOf)).toEqual(
        expect.arrayContaining([expect.stringMatching(/^w[12]$/)]),
      );
    }
  });

  it("the request log never exceeds the global rate across workers", () => {
    const times = server.requests.map((r) => r.receivedAt).sort((a, b) => a - b);
    expect(maxInSlidingWindow(times, rateLimit.durationMs)).toBeLessThanOrEqual(rateLimit.max);
  });

  it("a burst of 429s pauses every worker for retry-after, then all resume", () => {
    const limited = server.requests.slice(
      burstAfterRequests - 1,
      burstAfterRequests - 1 + burstLength,
    );
    const firstLimited = limited[0]!.receivedAt;
    // Requests whose slot was taken before the first 429 came back may land just after it (on
    // a busy machine a worker can take several hundred ms to send one); nothing new starts until
    // the pause (re-armed by each 429 of the burst) is over.
    const duringPause = server.requests.filter(
      (r) =>
        r.receivedAt > firstLimited + inFlightGraceMs &&
        r.receivedAt < firstLimited + retryAfterSeconds * 1000 - 50,
    );
    expect(duringPause).toEqual([]);
    const resumed = server.requests.filter(
      (r) => r.receivedAt >= firstLimited + retryAfterSeconds * 1000 - 50,
    );
    expect(new Set(resumed.map(workerOf))).toEqual(new Set(["w1", "w2"]));
  });

  it("re-enqueueing the finished batch makes no model requests", async () => {
    const before = server.requests.length;
    expect(await queue.addBulk(batch)).toEqual(ids);
    const counts = await queue.queue.getJobCounts("waiting", "active", "delayed", "completed");
    expect(counts).toMatchObject({ waiting: 0, active: 0, delayed: 0, completed: items });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.requests.length).toBe(before);
  });
});
