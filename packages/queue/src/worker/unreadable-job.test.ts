import { Redis } from "ioredis";
import { afterEach, expect, it } from "vitest";
import { z } from "zod";
import { deleteKeys, describeWithRedis, redisUrl, uniqueQueueName } from "../../test/redis.js";
import { promptOf, scriptedInstructor } from "../../test/scripted-instructor.js";
import { waitFor } from "../../test/wait-for.js";
import { createExtractionQueue, type ExtractionQueue } from "../queue/create-extraction-queue.js";
import { defineSchema } from "../schema/extraction-schema.js";
import type { ExtractionFailure } from "../sink/result-sink.js";
import { createExtractionWorker, type ExtractionWorker } from "./create-extraction-worker.js";

const note = defineSchema("note", z.object({ text: z.string() }));

describeWithRedis("a job that cannot be read", () => {
  let queue: ExtractionQueue;
  let worker: ExtractionWorker | undefined;
  afterEach(async () => {
    await worker?.close();
    await queue.queue.obliterate({ force: true });
    await queue.close();
    await deleteKeys(`${queue.name}:*`);
  });

  it.each([
    ["data is not JSON", "data", "{not json", /its data is not JSON \(/],
    ["opts is not JSON", "opts", "{not json", /its opts is not JSON \(/],
    [
      "data is not an extraction job",
      "data",
      JSON.stringify({ model: 7, prompt: "x" }),
      /its data is not an extraction job \(schema: .*; model: /,
    ],
  ])(
    "fails for good when its %s, naming the job and why; the next job runs",
    async (_, field, value, why) => {
      queue = createExtractionQueue({ connection: redisUrl, name: uniqueQueueName("poison") });
      const [poison, next] = await queue.addBulk([
        { schema: note, model: "m", prompt: "poison" },
        { schema: note, model: "m", prompt: "next" },
      ]);
      const redis = new Redis(redisUrl);
      await redis.hset(queue.queue.toKey(poison!), field, value);
      await redis.quit();

      const { instructor, requests } = scriptedInstructor((request) => ({
        text: promptOf(request),
      }));
      const failures: ExtractionFailure[] = [];
      const errors: Error[] = [];
      worker = createExtractionWorker({
        connection: redisUrl,
        name: queue.name,
        instructor,
        schemas: [note],
        sink: { write: async () => {}, fail: async (failure) => void failures.push(failure) },
        concurrency: 1,
        onError: (error) => errors.push(error),
      });
      await waitFor("both jobs settled", async () => {
        const counts = await queue.queue.getJobCounts("completed", "failed");
        return counts.completed === 1 && counts.failed === 1;
      });
      expect(await queue.queue.getJobState(next!)).toBe("completed");
      expect(requests.map(promptOf)).toEqual(["next"]);
      const redisAgain = new Redis(redisUrl);
      const failedReason = await redisAgain.hget(queue.queue.toKey(poison!), "failedReason");
      await redisAgain.quit();
      expect(failedReason).toMatch(
        new RegExp(`^UnreadableJobError: Job ${poison} cannot be run: `),
      );
      expect(failedReason).toMatch(why);
      expect(failures).toEqual([
        expect.objectContaining({
          jobId: poison,
          final: true,
          error: expect.objectContaining({ name: "UnreadableJobError", jobId: poison }),
        }),
      ]);
      expect(errors).toEqual([]);
    },
  );
});
