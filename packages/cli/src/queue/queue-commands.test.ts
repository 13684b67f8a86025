import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { createExtractionQueue } from "@instr/queue";
import { Redis } from "ioredis";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createProgram } from "../program.js";
import { createWorkspace, type Workspace } from "../test-support/workspace.js";

// CI starts Redis and exports REDIS_URL (scripts/redis/start.sh); @instr/queue's own suite fails
// CI when it is missing.
const redisUrl = process.env.REDIS_URL ?? "";

describe.skipIf(redisUrl === "")(
  redisUrl === "" ? "queue commands (skipped: REDIS_URL is unset)" : "queue commands",
  () => {
    let ws: Workspace;
    let name: string;
    beforeEach(async () => {
      ws = await createWorkspace();
      name = `cli-${randomUUID()}`;
    });
    afterEach(async () => {
      const queue = createExtractionQueue({ connection: redisUrl, name });
      await queue.queue.obliterate({ force: true });
      await queue.close();
      const redis = new Redis(redisUrl);
      const keys = await redis.keys(`${name}:*`);
      if (keys.length > 0) await redis.del(...keys);
      await redis.quit();
      await ws.close();
    });

    async function instr(
      args: string[],
      signal?: AbortSignal,
      env?: Record<string, string>,
    ): Promise<number> {
      let exitCode = 0;
      const context = {
        ...ws.io({
          ...(signal === undefined ? {} : { signal }),
          ...(env === undefined ? {} : { env }),
        }),
        setExitCode: (code: number) => {
          exitCode = code;
        },
      };
      await createProgram(context).parseAsync(["node", "instr", ...args]);
      return exitCode;
    }

    const queueArgs = () => ["--queue", redisUrl, "--queue-name", name];
    const enqueueArgs = () => [
      "extract",
      "--schema",
      "person.schema.json",
      "--input",
      "people.jsonl",
      "--model",
      "llama3.1-8b",
      "--failures",
      join(ws.dir, "failures.jsonl"),
      ...queueArgs(),
    ];

    it("extract --queue enqueues, worker extracts, status reports; enqueueing again adds nothing", async () => {
      await ws.write(
        "people.jsonl",
        'Ann is 1\n"Bob is 2"\n"Cy is 3"\n{"text":"Di is 4","id":"d"}\n',
      );
      const enqueue = enqueueArgs();
      // Line 1 is not JSON: an unusable line, reported, never enqueued.
      expect(await instr(enqueue)).toBe(2);
      expect(ws.stderr()).toContain(`enqueued 3 jobs on "${name}"`);
      expect(await instr(enqueue)).toBe(2);

      await instr(["status", ...queueArgs(), "--once"]);
      expect(ws.stderr()).toMatch(/waiting 3 {2}active 0 {2}delayed 0 {2}done 0 {2}failed 0/);

      const stop = new AbortController();
      const redis = new Redis(redisUrl);
      const worker = instr(
        ["worker", ...queueArgs(), "--schema", "person.schema.json", "--base-url", ws.server.url],
        stop.signal,
      );
      try {
        const deadline = Date.now() + 10_000;
        while ((await redis.hlen(`${name}:results`)) < 3 && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        stop.abort();
        expect(await worker).toBe(0);
        const results = Object.values(await redis.hgetall(`${name}:results`)).map((r) =>
          JSON.parse(r),
        );
        expect(Object.fromEntries(results.map((r) => [r.meta.id, r.data]))).toEqual({
          "people.jsonl:2": { name: "Bob", age: 2 },
          "people.jsonl:3": { name: "Cy", age: 3 },
          d: { name: "Di", age: 4 },
        });
      } finally {
        stop.abort();
        await redis.quit();
      }
      expect(ws.stderr()).toContain("instr worker: 3 done, 0 failed; stopped.");
      expect(ws.server.requests).toHaveLength(3);
      expect(ws.stderr()).not.toContain("csk-test");

      await instr(["status", ...queueArgs(), "--once"]);
      expect(ws.stderr()).toMatch(/waiting 0 {2}active 0 {2}delayed 0 {2}done 3 {2}failed 0/);
    });

    it("a worker refuses jobs enqueued with another version of the schema", async () => {
      await ws.write("people.jsonl", '"Ann is 1"\n');
      await instr(enqueueArgs());
      expect(existsSync(join(ws.dir, "failures.jsonl"))).toBe(false); // no unusable line
      // Same name, another shape: the worker's hash differs from the job's.
      await ws.write(
        "person.schema.json",
        JSON.stringify({
          type: "object",
          properties: { name: { type: "string" } },
          required: ["name"],
        }),
      );
      const stop = new AbortController();
      const worker = instr(
        ["worker", ...queueArgs(), "--schema", "person.schema.json", "--base-url", ws.server.url],
        stop.signal,
      );
      const queue = createExtractionQueue({ connection: redisUrl, name });
      try {
        const deadline = Date.now() + 10_000;
        while ((await queue.queue.getFailedCount()) < 1 && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      } finally {
        stop.abort();
        await worker;
        await queue.close();
      }
      expect(ws.stderr()).toMatch(
        /failed: SchemaVersionError: Schema "person.schema" version mismatch/,
      );
      expect(ws.stderr()).toContain("0 done, 1 failed");
      expect(ws.server.requests).toHaveLength(0);
    });

    it("worker --provider anthropic extracts through the Messages API with ANTHROPIC_API_KEY", async () => {
      await ws.write("people.jsonl", '"Ann is 1"\n"Bob is 2"\n');
      expect(await instr(enqueueArgs())).toBe(0);
      const stop = new AbortController();
      const redis = new Redis(redisUrl);
      const args = ["worker", ...queueArgs(), "--schema", "person.schema.json"];
      const worker = instr(
        [...args, "--provider", "anthropic", "--base-url", ws.server.url],
        stop.signal,
        { ANTHROPIC_API_KEY: "sk-ant-worker" },
      );
      try {
        const deadline = Date.now() + 10_000;
        while ((await redis.hlen(`${name}:results`)) < 2 && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      } finally {
        stop.abort();
        await redis.quit();
      }
      expect(await worker).toBe(0);
      expect(ws.stderr()).toContain("instr worker: 2 done, 0 failed; stopped.");
      expect(ws.server.requests.map((r) => r.path)).toEqual(["/v1/messages", "/v1/messages"]);
    });
  },
);
