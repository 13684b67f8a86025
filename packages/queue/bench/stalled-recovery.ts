// How long a SIGKILLed worker's jobs take to be running again on another worker, with the
// default lock duration and stalled interval (no options given), over a few rounds.
//   pnpm --filter @instr/queue bench:stalled     (REDIS_URL, or a throwaway redis-server is started)
import { randomUUID } from "node:crypto";
import { startMockServer } from "@instr/mock-server";
import { createExtractionQueue } from "../src/index.js";
import { itemAnswer, itemJobs } from "../test/fixtures/item-schema.js";
import { waitFor } from "../test/wait-for.js";
import { startWorkerProcesses, workerConfig } from "../test/worker-processes.js";
import { benchRedis, closeBenchQueue } from "./bench-services.js";

const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const inFlight = 4;

const redis = await benchRedis();
const redisUrl = redis.url;
const server = await startMockServer();
const backAfter: number[] = [];
try {
  for (let round = 0; round < rounds; round++) {
    const name = `stalled-${randomUUID()}`;
    const doomed = `doomed-${round}`;
    server.reset();
    // The doomed worker's requests never get an answer; everyone else's are answered at once.
    server.setHandler((request) =>
      request.headers["x-worker"] === doomed ? { type: "hang" } : itemAnswer(request.body),
    );
    const queue = createExtractionQueue({ connection: redisUrl, name });
    const config = (workerId: string) =>
      workerConfig({ redisUrl, queueName: name, serverUrl: server.url }, workerId, {
        concurrency: inFlight,
      });
    const workers = await startWorkerProcesses([config(doomed)]);
    await queue.addBulk(itemJobs(inFlight));
    await waitFor(
      "the doomed worker's requests",
      () => server.requests.length === inFlight,
      30_000,
    );
    // The rescuer starts idle: every job is held by the doomed worker.
    workers.push(...(await startWorkerProcesses([config("rescuer")])));
    workers[0]?.kill("SIGKILL");
    const killedAt = performance.now(); // the clock of the server's receivedAt
    await waitFor(
      "every job done by the rescuer",
      async () => (await queue.queue.getCompletedCount()) === inFlight,
      60_000,
    );
    const rescued = server.requests.filter((r) => r.headers["x-worker"] === "rescuer");
    backAfter.push(Math.min(...rescued.map((r) => r.receivedAt)) - killedAt);
    await closeBenchQueue(queue, workers);
  }
} finally {
  await server.close();
  redis.stop();
}
console.log(
  `\nA SIGKILLed worker's ${inFlight} jobs running again on another worker, default lock duration and stalled interval:`,
);
console.log(backAfter.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(", "));
