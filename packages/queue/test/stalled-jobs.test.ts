import type { ChildProcess } from "node:child_process";
import { type MockServer, startMockServer } from "@instr/mock-server";
import { afterAll, expect, it } from "vitest";
import { createExtractionQueue, getQueueStatus } from "../src/index.js";
import { itemAnswer, itemJobs } from "./fixtures/item-schema.js";
import { deleteKeys, describeWithRedis, redisUrl, uniqueQueueName } from "./redis.js";
import { waitFor } from "./wait-for.js";
import { startWorkerProcesses, stopWorkerProcesses, workerConfig } from "./worker-processes.js";

const lockDuration = 1000;
const stalledInterval = 500;

describeWithRedis("a SIGKILLed worker's jobs", () => {
  const name = uniqueQueueName("stalled");
  const queue = createExtractionQueue({ connection: redisUrl, name });
  let server: MockServer;
  let workers: ChildProcess[] = [];

  afterAll(async () => {
    await stopWorkerProcesses(workers);
    await queue.queue.obliterate({ force: true });
    await queue.close();
    await deleteKeys(`${name}*`);
    await server?.close();
  });

  it("show as stalled, not active, and are finished by another worker", async () => {
    server = await startMockServer();
    server.setHandler((request) => {
      if (request.headers["x-worker"] === "doomed") return { type: "hang" };
      return itemAnswer(request.body);
    });
    const config = (workerId: string) =>
      workerConfig({ redisUrl, queueName: name, serverUrl: server.url }, workerId, {
        lockDuration,
        stalledInterval,
      });
    workers = await startWorkerProcesses([config("doomed")]);
    await queue.addBulk(itemJobs(4));
    await waitFor("4 requests in flight", () => server.requests.length === 4);
    workers[0]?.kill("SIGKILL");
    const killedAt = Date.now();

    await waitFor("its locks to expire", async () => (await getQueueStatus(queue)).stalled === 4);
    expect(await getQueueStatus(queue)).toMatchObject({ active: 0, stalled: 4, completed: 0 });

    workers.push(...(await startWorkerProcesses([config("rescuer")])));
    await waitFor("every job done by the other worker", async () => {
      return (await queue.queue.getCompletedCount()) === 4;
    });
    const backAfterMs = Date.now() - killedAt;
    console.log(
      `killed worker's jobs done elsewhere ${backAfterMs} ms after SIGKILL (lock ${lockDuration} ms, stalled interval ${stalledInterval} ms, a worker start included)`,
    );
    expect(await getQueueStatus(queue)).toMatchObject({ active: 0, stalled: 0, completed: 4 });
  }, 30_000);
});
