import { Worker } from "bullmq";
import { expect, it } from "vitest";
import { z } from "zod";
import {
  describeWithRedis,
  discardQueue,
  redisUrl,
  suiteQueue,
  uniqueQueueName,
} from "../../test/redis.js";
import { extractionJobId } from "../job/job-id.js";
import { defineSchema } from "../schema/extraction-schema.js";
import { createExtractionQueue } from "./create-extraction-queue.js";

const tag = defineSchema("tag", z.object({ tag: z.string() }));

describeWithRedis("createExtractionQueue", () => {
  const queue = suiteQueue();

  it("stores a JSON schema reference and the hashed id, and adds a duplicate once", async () => {
    const job = { schema: tag, model: "m", prompt: "x", meta: { n: 1 } };
    const id = await queue.add(job);
    expect(await queue.add({ ...job, meta: { n: 2 } })).toBe(id);
    expect(id).toBe(extractionJobId(job));
    const stored = await queue.queue.getJob(id);
    expect(stored?.data).toEqual({ ...job, schema: { name: "tag", hash: tag.hash } });
    expect(stored?.opts).toMatchObject({
      attempts: 5,
      backoff: { type: "exponential", delay: 1000 },
    });
    expect(await queue.queue.getWaitingCount()).toBe(1);
  });

  it("adds a large batch in chunks and returns ids in input order", async () => {
    const jobs = Array.from({ length: 2500 }, (_, i) => ({
      schema: tag,
      model: "m",
      prompt: `${i}`,
    }));
    const ids = await queue.addBulk(jobs);
    expect(ids).toEqual(jobs.map(extractionJobId));
    expect(await queue.queue.getWaitingCount()).toBe(2501);
  });

  it("reads an async iterable lazily", async () => {
    async function* jobs() {
      for (let i = 0; i < 3; i++) yield { schema: tag, model: "m", prompt: `async ${i}` };
    }
    const ids = await queue.addBulk(jobs());
    expect(ids).toHaveLength(3);
    expect(await queue.queue.getWaitingCount()).toBe(2504);
  });

  it("rejects a job with neither prompt nor messages before enqueueing anything", async () => {
    await expect(
      queue.addBulk([
        { schema: tag, model: "m", prompt: "ok" },
        { schema: tag, model: "m" },
      ]),
    ).rejects.toThrow("An extraction job needs a prompt or messages.");
    expect(await queue.queue.getWaitingCount()).toBe(2504);
  });

  it("rejects an empty or whitespace-only prompt: an empty document is never sent", async () => {
    await expect(queue.add({ schema: tag, model: "m", prompt: " \n\t" })).rejects.toThrow(
      "empty or only whitespace",
    );
  });

  it("submit says what each job was and puts failed ones back with their attempts reset", async () => {
    const own = createExtractionQueue({
      connection: redisUrl,
      name: uniqueQueueName(),
      jobOptions: { attempts: 1 },
    });
    try {
      const jobs = ["done", "failed", "waiting"].map((prompt) => ({
        schema: tag,
        model: "m",
        prompt,
      }));
      const [done, failed] = await own.addBulk(jobs.slice(0, 2));
      // Finish two jobs by hand, as a worker would: one completes, one fails for good.
      const worker = new Worker(own.name, null, { connection: { url: redisUrl } });
      for (const outcome of ["done", "failed"]) {
        const job = await worker.getNextJob("token");
        if (outcome === "done") await job?.moveToCompleted({}, "token", false);
        else await job?.moveToFailed(new Error("boom"), "token", false);
      }
      await worker.close();
      expect(await own.queue.getJobState(done!)).toBe("completed");
      expect(await own.queue.getJobState(failed!)).toBe("failed");

      const kept = await own.submit([...jobs, jobs[2]!], { retryFailed: false });
      expect(kept).toMatchObject({
        added: 1,
        alreadyDone: 1,
        failedBefore: 1,
        retried: 0,
        alreadyQueued: 1,
      });
      expect(await own.queue.getJobState(failed!)).toBe("failed");

      const retried = await own.submit(jobs);
      expect(retried).toMatchObject({
        added: 0,
        alreadyDone: 1,
        failedBefore: 1,
        retried: 1,
        alreadyQueued: 1,
      });
      expect(retried.ids).toEqual(jobs.map(extractionJobId));
      const back = await own.queue.getJob(failed!);
      expect(await back?.getState()).toBe("waiting");
      expect(back?.attemptsMade).toBe(0);
    } finally {
      await discardQueue(own);
    }
  });
});
