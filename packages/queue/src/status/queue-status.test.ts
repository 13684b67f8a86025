import { expect, it } from "vitest";
import { z } from "zod";
import { describeWithRedis, redisUrl, suiteQueue } from "../../test/redis.js";
import { promptOf, scriptedInstructor } from "../../test/scripted-instructor.js";
import { waitFor } from "../../test/wait-for.js";
import { defineSchema } from "../schema/extraction-schema.js";
import {
  createExtractionWorker,
  type ExtractionWorker,
} from "../worker/create-extraction-worker.js";
import { getQueueStatus, watchQueueStatus } from "./queue-status.js";

const note = defineSchema("note", z.object({ text: z.string() }));

describeWithRedis("queue status", () => {
  const queue = suiteQueue();

  it("counts jobs by state and reports a 429 pause", async () => {
    await queue.addBulk([1, 2, 3].map((n) => ({ schema: note, model: "m", prompt: `${n}` })));
    expect(await getQueueStatus(queue)).toEqual({
      waiting: 3,
      active: 0,
      stalled: 0,
      delayed: 0,
      completed: 0,
      failed: 0,
      pausedForMs: 0,
    });
    await queue.queue.rateLimit(5000);
    const paused = await getQueueStatus(queue);
    expect(paused.pausedForMs).toBeGreaterThan(4000);
    expect(paused.pausedForMs).toBeLessThanOrEqual(5000);
    await queue.queue.removeRateLimitKey();
  });

  it("samples live until aborted, with the completion rate between samples", async () => {
    const { instructor } = scriptedInstructor((request) => ({ text: promptOf(request) }));
    const controller = new AbortController();
    const samples = [];
    let worker: ExtractionWorker | undefined;
    try {
      for await (const sample of watchQueueStatus(queue, {
        intervalMs: 10,
        signal: controller.signal,
      })) {
        samples.push(sample);
        if (samples.length === 1) {
          // Work starts only after the first sample.
          worker = createExtractionWorker({
            connection: redisUrl,
            name: queue.name,
            instructor,
            schemas: [note],
          });
          await waitFor("3 completions", async () => (await queue.queue.getCompletedCount()) === 3);
        }
        if (samples.length === 2) controller.abort();
      }
    } finally {
      await worker?.close();
    }
    expect(samples).toMatchObject([
      { waiting: 3, completed: 0, completedPerSecond: 0 },
      { waiting: 0, completed: 3 },
    ]);
    expect(samples[1]?.completedPerSecond).toBeGreaterThan(0);
  });
});
