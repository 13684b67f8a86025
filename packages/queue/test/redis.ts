import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, inject } from "vitest";
import {
  createExtractionQueue,
  type ExtractionQueue,
} from "../src/queue/create-extraction-queue.js";
import "./redis-context.js";

/** The Redis the tests use ("" when unavailable: the suites skip, and `pnpm test` says why). */
export const redisUrl = inject("redisUrl");

/** `describe` that runs only with Redis, and says why it skipped otherwise. */
export function describeWithRedis(name: string, body: () => void): void {
  const missing = inject("redisMissing");
  describe.skipIf(redisUrl === "")(missing ? `${name} (skipped: ${missing})` : name, body);
}

/** A queue name no other test uses. */
export function uniqueQueueName(prefix = "test"): string {
  return `${prefix}-${randomUUID()}`;
}

/** Deletes every key under `pattern`, so tests leave Redis as they found it. */
export async function deleteKeys(pattern: string): Promise<void> {
  const redis = new Redis(redisUrl);
  try {
    const keys = await redis.keys(pattern);
    if (keys.length > 0) await redis.del(...keys);
  } finally {
    await redis.quit();
  }
}

/** Empties and closes `queue`, so a test leaves no jobs behind. */
export async function discardQueue(queue: ExtractionQueue): Promise<void> {
  await queue.queue.obliterate({ force: true });
  await queue.close();
}

/** A queue of the suite's own on the test Redis, discarded after the suite. */
export function suiteQueue(): ExtractionQueue {
  const queue = createExtractionQueue({ connection: redisUrl, name: uniqueQueueName() });
  afterAll(() => discardQueue(queue));
  return queue;
}
