// Throughput of 1, 2 and 4 worker processes on one queue against a loopback Cerebras server
// with a fixed per-request latency, measured in one run and reported as ratios to 1 worker.
//   pnpm --filter @instr/queue bench          (REDIS_URL, or a throwaway redis-server is started)
import { randomUUID } from "node:crypto";
import { startMockServer } from "@instr/mock-server";
import { Redis } from "ioredis";
import { createExtractionQueue } from "../src/index.js";
import { expectedItem, itemSchema } from "../test/fixtures/item-schema.js";
import { waitFor } from "../test/wait-for.js";
import { startWorkerProcesses, workerConfig } from "../test/worker-processes.js";
import { benchRedis, closeBenchQueue } from "./bench-services.js";

const latencyMs = 50;
const concurrency = 4;
const items = Number(process.env.BENCH_ITEMS ?? 600);
const workerCounts = [1, 2, 4];

const redis = await benchRedis();
const redisUrl = redis.url;

const server = await startMockServer();
server.setHandler((request) => {
  const n = Number(/item (\d+)/.exec(JSON.stringify(request.body))?.[1]);
  return { type: "message", content: JSON.stringify(expectedItem(n)), delayMs: latencyMs };
});

const rows: Array<{ workers: number; seconds: number; perSecond: number }> = [];
try {
  for (const count of workerCounts) {
    const name = `bench-${randomUUID()}`;
    const queue = createExtractionQueue({ connection: redisUrl, name });
    const workers = await startWorkerProcesses(
      Array.from({ length: count }, (_, i) =>
        workerConfig({ redisUrl, queueName: name, serverUrl: server.url }, `w${i}`, {
          concurrency,
        }),
      ),
    );
    const started = performance.now();
    await queue.addBulk(
      Array.from({ length: items }, (_, n) => ({
        schema: itemSchema,
        model: "llama3.1-8b",
        prompt: `item ${n} of ${name}`,
      })),
    );
    await waitFor(
      "the batch",
      async () => (await queue.queue.getCompletedCount()) === items,
      300_000,
    );
    const seconds = (performance.now() - started) / 1000;
    rows.push({ workers: count, seconds, perSecond: items / seconds });
    await closeBenchQueue(queue, workers);
    const client = new Redis(redisUrl);
    await client.del(`${name}:results`);
    await client.quit();
  }
} finally {
  await server.close();
  redis.stop();
}

const base = rows[0]!.perSecond;
console.log(
  `\n${items} items, ${latencyMs} ms per request, concurrency ${concurrency} per worker process\n`,
);
console.log("| workers | seconds | items/s | ratio to 1 worker |");
console.log("| ------: | ------: | ------: | ----------------: |");
for (const row of rows) {
  console.log(
    `| ${row.workers} | ${row.seconds.toFixed(2)} | ${row.perSecond.toFixed(1)} | ${(row.perSecond / base).toFixed(2)}x |`,
  );
}
