import { type Instructor, ProviderError } from "@instr/core";
import { Redis } from "ioredis";
import { afterEach, expect, it } from "vitest";
import { z } from "zod";
import { deleteKeys, describeWithRedis, redisUrl, uniqueQueueName } from "../../test/redis.js";
import {
  promptOf,
  type ScriptedReply,
  scriptedInstructor,
} from "../../test/scripted-instructor.js";
import { waitFor } from "../../test/wait-for.js";
import type { ExtractionJob } from "../job/extraction-job.js";
import {
  createExtractionQueue,
  type ExtractionJobOptions,
  type ExtractionQueue,
} from "../queue/create-extraction-queue.js";
import { defineSchema, type ExtractionSchema } from "../schema/extraction-schema.js";
import { redisHashSink } from "../sink/redis-hash-sink.js";
import type { ExtractionFailure, ExtractionResult, ResultSink } from "../sink/result-sink.js";
import { createExtractionWorker, type ExtractionWorker } from "./create-extraction-worker.js";

const person = defineSchema("person", z.object({ name: z.string(), age: z.number() }));
const personV2 = defineSchema("person", z.object({ name: z.string(), age: z.int() }));

/** `"<name>, <age>"` -> `{ name, age }`: what a model reading the prompt would answer. */
const readPrompt: ScriptedReply = (request) => {
  const [name, age] = promptOf(request).split(", ");
  return { name, age: Number(age) };
};

function job(i: number, schema: ExtractionSchema = person): ExtractionJob {
  return { schema, model: "m", prompt: `P${i}, ${20 + i}`, meta: { line: i } };
}

/** A sink that remembers everything, with the Redis-hash `read` so re-runs can skip the model. */
function recordingSink(key: string) {
  const redis = redisHashSink({ connection: redisUrl, key });
  const failures: ExtractionFailure[] = [];
  const written: ExtractionResult[] = [];
  const sink: ResultSink = {
    async write(result) {
      written.push(result);
      await redis.write(result);
    },
    async fail(failure) {
      failures.push(failure);
    },
    read: redis.read,
    close: redis.close,
  };
  return { sink, failures, written };
}

describeWithRedis("createExtractionWorker", () => {
  const open: Array<ExtractionQueue | ExtractionWorker> = [];
  let name = "";

  function setup(jobOptions: ExtractionJobOptions = {}) {
    name = uniqueQueueName();
    const queue = createExtractionQueue({
      connection: redisUrl,
      name,
      jobOptions: { backoff: { type: "fixed", delay: 20 }, ...jobOptions },
    });
    const recorded = recordingSink(`${name}:results`);
    open.push(queue);
    return { queue, ...recorded };
  }

  function startWorker(instructor: Instructor, sink?: ResultSink, schemas = [person]) {
    const worker = createExtractionWorker({
      connection: redisUrl,
      name,
      instructor,
      schemas,
      sink,
      concurrency: 4,
    });
    open.unshift(worker);
    return worker;
  }

  async function settled(queue: ExtractionQueue, total: number) {
    await waitFor(`${total} finished jobs`, async () => {
      const counts = await queue.queue.getJobCounts("completed", "failed");
      return (counts.completed ?? 0) + (counts.failed ?? 0) >= total;
    });
  }

  afterEach(async () => {
    for (const item of open.splice(0)) {
      if ("queue" in item) await item.queue.obliterate({ force: true });
      await item.close();
    }
    await deleteKeys(`${name}:*`);
  });

  it("extracts each distinct job once and writes validated results with their meta", async () => {
    const { queue, written } = setup();
    const { instructor, requests } = scriptedInstructor(readPrompt);
    const ids = await queue.addBulk([...Array.from({ length: 20 }, (_, i) => job(i)), job(3)]);
    expect(ids[20]).toBe(ids[3]);
    startWorker(instructor, recordingSink(`${name}:results`).sink);
    await settled(queue, 20);

    expect(requests).toHaveLength(20);
    const redis = new Redis(redisUrl);
    const stored = await redis.hgetall(`${name}:results`);
    await redis.quit();
    expect(Object.keys(stored).sort()).toEqual([...new Set(ids)].sort());
    const third: ExtractionResult = JSON.parse(stored[ids[3]!]!);
    expect(third).toMatchObject({
      jobId: ids[3],
      schema: { name: "person", hash: person.hash },
      data: { name: "P3", age: 23 },
      attempts: 1,
      meta: { line: 3 },
    });
    expect(written).toHaveLength(0); // the test's own recorder was not given to the worker
  });

  it("re-enqueueing a finished batch makes no model calls", async () => {
    const { queue, sink } = setup();
    const { instructor, requests } = scriptedInstructor(readPrompt);
    startWorker(instructor, sink);
    const batch = Array.from({ length: 10 }, (_, i) => job(i));
    await queue.addBulk(batch);
    await settled(queue, 10);
    expect(requests).toHaveLength(10);

    await queue.addBulk(batch);
    const counts = await queue.queue.getJobCounts("waiting", "active", "delayed", "completed");
    expect(counts).toMatchObject({ waiting: 0, active: 0, delayed: 0, completed: 10 });
    expect(requests).toHaveLength(10);
  });

  it("with completed jobs removed, a re-run returns the stored result without a model call", async () => {
    const { queue, sink } = setup({ removeOnComplete: true });
    const { instructor, requests } = scriptedInstructor(readPrompt);
    const worker = startWorker(instructor, sink);
    let completed = 0;
    worker.worker.on("completed", () => completed++);
    const batch = Array.from({ length: 10 }, (_, i) => job(i));
    await queue.addBulk(batch);
    await waitFor("first run", () => completed === 10);
    await queue.addBulk(batch);
    await waitFor("second run", () => completed === 20);
    expect(requests).toHaveLength(10);
  });

  it("refuses a job of another schema version terminally, with a clear typed error", async () => {
    const { queue, sink, failures } = setup({ attempts: 3 });
    const { instructor, requests } = scriptedInstructor(readPrompt);
    startWorker(instructor, sink, [personV2]);
    const id = await queue.add(job(1));
    await settled(queue, 1);

    const failed = await queue.queue.getJob(id);
    expect(failed?.attemptsMade).toBe(1);
    expect(failed?.failedReason).toMatch(/^SchemaVersionError: Schema "person" version mismatch/);
    expect(requests).toHaveLength(0);
    expect(failures).toEqual([
      expect.objectContaining({
        jobId: id,
        final: true,
        attempt: 1,
        meta: { line: 1 },
        error: expect.objectContaining({
          name: "SchemaVersionError",
          expectedHash: person.hash,
          actualHash: personV2.hash,
        }),
      }),
    ]);
  });

  it("puts exhausted re-asks in the failed set with the typed error and the raw output", async () => {
    const { queue, sink, failures } = setup({ attempts: 3 });
    const { instructor, requests } = scriptedInstructor(() => '{"name":"Ada","age":"old"}', {
      maxRetries: 1,
    });
    startWorker(instructor, sink);
    const id = await queue.add(job(1));
    await settled(queue, 1);

    expect(requests).toHaveLength(2); // the first answer and one re-ask, then no BullMQ retry
    const failed = await queue.queue.getJob(id);
    expect(failed?.attemptsMade).toBe(1);
    expect(failed?.failedReason).toMatch(/^RetryError: /);
    const { logs } = await queue.queue.getJobLogs(id);
    expect(logs.map((line) => JSON.parse(line))).toEqual([failures[0]]);
    expect(failures[0]).toMatchObject({
      final: true,
      rawOutput: '{"name":"Ada","age":"old"}',
      error: { name: "RetryError", attempts: [{ attempt: 1 }, { attempt: 2 }] },
    });
  });

  it("retries retryable provider errors with backoff and records each failed run", async () => {
    const { queue, sink, failures } = setup({ attempts: 3 });
    const { instructor, requests } = scriptedInstructor((request) => {
      if (requests.length <= 2) {
        throw new ProviderError("upstream 503", {
          provider: "fake",
          status: 503,
          isRetryable: true,
        });
      }
      return readPrompt(request);
    });
    startWorker(instructor, sink);
    const id = await queue.add(job(1));
    await settled(queue, 1);

    const done = await queue.queue.getJob(id);
    expect(done?.returnvalue).toMatchObject({ data: { name: "P1", age: 21 } });
    expect(done?.attemptsMade).toBe(3); // BullMQ counts the successful run too
    const { logs } = await queue.queue.getJobLogs(id);
    expect(logs.map((line) => JSON.parse(line))).toMatchObject([
      { attempt: 1, final: false, error: { name: "ProviderError", status: 503 } },
      { attempt: 2, final: false },
    ]);
    expect(requests).toHaveLength(3);
    expect(failures).toEqual([]);
  });

  it("fails for good when retryable errors outlast the attempts, and says so once", async () => {
    const { queue, sink, failures } = setup({ attempts: 2 });
    const { instructor, requests } = scriptedInstructor(() => {
      throw new ProviderError("connection reset", { provider: "fake", isRetryable: true });
    });
    startWorker(instructor, sink);
    const id = await queue.add(job(1));
    await settled(queue, 1);

    expect((await queue.queue.getJob(id))?.failedReason).toBe("ProviderError: connection reset");
    expect(requests).toHaveLength(2);
    expect(failures).toMatchObject([{ attempt: 2, final: true }]);
  });

  it("a 429 seen by one worker pauses every worker for retry-after, without spending an attempt", async () => {
    const { queue, sink } = setup({ attempts: 1 });
    const starts: Array<{ at: number; worker: string }> = [];
    let limitedAt = 0;
    const reply =
      (worker: string): ScriptedReply =>
      async (request) => {
        starts.push({ at: Date.now(), worker });
        if (worker === "a" && limitedAt === 0) {
          limitedAt = Date.now();
          throw new ProviderError("429", {
            provider: "fake",
            status: 429,
            isRetryable: true,
            headers: { "retry-after-ms": "700" },
          });
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
        return readPrompt(request);
      };
    startWorker(scriptedInstructor(reply("a")).instructor, sink);
    startWorker(scriptedInstructor(reply("b")).instructor);
    await queue.addBulk(Array.from({ length: 60 }, (_, i) => job(i)));
    await settled(queue, 60);

    // Jobs already running when the 429 arrived may finish; nothing new starts until it expires.
    const duringPause = starts.filter((s) => s.at > limitedAt + 50 && s.at < limitedAt + 650);
    expect(duringPause).toEqual([]);
    const after = new Set(starts.filter((s) => s.at >= limitedAt + 650).map((s) => s.worker));
    expect(after).toEqual(new Set(["a", "b"]));
    expect(await queue.queue.getJobCounts("completed", "failed")).toEqual({
      completed: 60,
      failed: 0,
    });
  });
});
