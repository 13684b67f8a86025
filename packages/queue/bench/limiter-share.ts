// How much of a shared rate limit 4 worker processes use, against a loopback server that
// answers 429 to any request beyond the limit in the last second (a strict sliding window).
//   pnpm --filter @instr/queue bench:limiter     (REDIS_URL, or a throwaway redis-server is started)
import { randomUUID } from "node:crypto";
import { startMockServer } from "@instr/mock-server";
import { createExtractionQueue, perSecond } from "../src/index.js";
import { itemAnswer, itemJobs } from "../test/fixtures/item-schema.js";
import { maxInSlidingWindow } from "../test/sliding-window.js";
import { waitFor } from "../test/wait-for.js";
import { startWorkerProcesses, workerConfig } from "../test/worker-processes.js";
import { benchRedis, closeBenchQueue } from "./bench-services.js";

const perSecondBudget = 50;
const workerCount = 4;
const items = Number(process.env.BENCH_ITEMS ?? 600);

const redis = await benchRedis();
const redisUrl = redis.url;
const server = await startMockServer();
const accepted: number[] = [];
let limited = 0;
server.setHandler((request) => {
  const now = request.receivedAt;
  while (accepted.length > 0 && now - (accepted[0] ?? now) >= 1000) accepted.shift();
  if (accepted.length >= perSecondBudget) {
    limited += 1;
    return { type: "error", status: 429, headers: { "retry-after": "1" } };
  }
  accepted.push(now);
  return { ...itemAnswer(request.body), delayMs: 20 };
});

const name = `limiter-${randomUUID()}`;
const queue = createExtractionQueue({ connection: redisUrl, name });
const workers = await startWorkerProcesses(
  Array.from({ length: workerCount }, (_, i) =>
    workerConfig({ redisUrl, queueName: name, serverUrl: server.url }, `w${i}`, {
      concurrency: 8,
      rateLimit: {
        ...perSecond(perSecondBudget),
        jitterMs: Number(process.env.BENCH_JITTER_MS ?? 50),
      },
    }),
  ),
);
try {
  await queue.addBulk(itemJobs(items));
  await waitFor(
    "the batch",
    async () => (await queue.queue.getCompletedCount()) === items,
    120_000,
  );
} finally {
  await closeBenchQueue(queue, workers);
  await server.close();
  redis.stop();
}

const times = server.requests.map((r) => r.receivedAt).sort((a, b) => a - b);
// Steady state: leave out the first second (a full budget at once) and the last (the tail).
const from = (times[0] ?? 0) + 1000;
const to = (times.at(-1) ?? 0) - 1000;
const steady = times.filter((t) => t >= from && t < to).length / ((to - from) / 1000);
console.log(
  `\n${items} items, ${workerCount} worker processes (concurrency 8 each), limit ${perSecondBudget} req/s`,
);
console.log(`requests/s in steady state: ${steady.toFixed(1)}`);
console.log(`share of the budget:        ${((100 * steady) / perSecondBudget).toFixed(1)}%`);
console.log(`most in any 1 s window:     ${maxInSlidingWindow(times, 1000)}`);
console.log(`429 answers:                ${limited}`);
console.log(`requests:                   ${times.length} for ${items} items`);
