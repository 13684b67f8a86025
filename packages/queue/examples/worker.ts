// One worker process. Start as many as you like, on any machine that reaches Redis.
import Cerebras from "@cerebras/cerebras_cloud_sdk";
import { fromCerebras } from "@instr/cerebras";
import { createExtractionWorker, createRedisCache, perMinute, redisHashSink } from "@instr/queue";
import { User } from "./schema.js";

const connection = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const client = new Cerebras({
  apiKey: process.env.CEREBRAS_API_KEY,
  baseURL: process.env.CEREBRAS_BASE_URL, // unset: api.cerebras.ai
  maxRetries: 0, // 429s go to the queue, which pauses every worker
  warmTCPConnection: false,
});
const cache = createRedisCache({ connection, prefix: "instr:cache:" });
const worker = createExtractionWorker({
  connection,
  name: "users",
  instructor: fromCerebras(client, { cache }),
  schemas: [User],
  concurrency: 8,
  rateLimit: perMinute(Number(process.env.RPM ?? 30)), // your account's requests per minute
  sink: redisHashSink({ connection, key: "users:results" }),
});
worker.worker.on("completed", (job) => console.log("done", job.id));
worker.worker.on("failed", (job, error) => console.error("failed", job?.id, error.message));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, async () => {
    await worker.close({ graceMs: 10_000 }); // jobs still running then go back to the queue
    await cache.close();
    process.exit(0);
  });
}
