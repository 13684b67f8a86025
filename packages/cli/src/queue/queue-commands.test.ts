import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createExtractionQueue } from "@instr/queue";
import { Redis } from "ioredis";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { describeWithRedis, redisUrl } from "../../../queue/test/redis.js";
import { freePort } from "../../../queue/test/throwaway-redis.js";
import { CliError } from "../cli-error.js";
import { createProgram } from "../program.js";
import { personReply } from "../test-support/person-reply.js";
import { createWorkspace, type Workspace } from "../test-support/workspace.js";

let ws: Workspace;
let name: string;
beforeEach(async () => {
  ws = await createWorkspace();
  name = `cli-${randomUUID()}`;
});
afterEach(async () => {
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

const enqueueArgs = (url: string, input = ["people.jsonl"]) => [
  "extract",
  "--schema",
  "person.schema.json",
  "--input",
  ...input,
  "--model",
  "llama3.1-8b",
  "--failures",
  join(ws.dir, "failures.jsonl"),
  "--queue",
  url,
  "--queue-name",
  name,
];

describe("queue commands against an unreachable Redis", () => {
  let silent: Server | undefined;
  afterEach(async () => {
    silent?.close();
    silent = undefined;
  });

  it("each command fails with one line naming the URL when nothing listens", async () => {
    await ws.write("people.jsonl", '"Ann is 1"\n');
    const url = `redis://127.0.0.1:${await freePort()}`;
    const commands = [
      enqueueArgs(url),
      ["status", "--queue", url, "--once"],
      ["status", "--queue", url, "--failed"],
      ["retry", "--queue", url],
      ["worker", "--queue", url, "--schema", "person.schema.json"],
    ];
    for (const args of commands) {
      const run = instr(args, new AbortController().signal);
      await expect(run).rejects.toThrow(CliError);
      await expect(run).rejects.toThrow(`Redis at ${url} is unreachable (ECONNREFUSED).`);
    }
  });

  it("gives up after --connect-timeout when Redis accepts but never answers", async () => {
    silent = createServer(() => {}); // accepts connections, says nothing
    silent.listen(0, "127.0.0.1");
    await once(silent, "listening");
    const address = silent.address();
    const port = typeof address === "object" && address !== null ? address.port : 0;
    const url = `redis://127.0.0.1:${port}`;
    await expect(
      instr(["status", "--queue", url, "--once", "--connect-timeout", "300"]),
    ).rejects.toMatchObject({
      message: `Redis at ${url} is unreachable (no answer within 300 ms).`,
    });
  });

  it("the bin prints that one line and exits 1, without a stack trace", async () => {
    const url = `redis://127.0.0.1:${await freePort()}`;
    const bin = fileURLToPath(new URL("../bin.ts", import.meta.url));
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
    const child = spawn(
      process.execPath,
      ["--import", tsx, bin, "status", "--queue", url, "--once"],
      {
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const [code] = await once(child, "exit");
    expect(code).toBe(1);
    expect(stderr).toBe(`instr: Redis at ${url} is unreachable (ECONNREFUSED).\n`);
  });
});

describeWithRedis("queue commands", () => {
  afterEach(async () => {
    const queue = createExtractionQueue({ connection: redisUrl, name });
    await queue.queue.obliterate({ force: true });
    await queue.close();
    const redis = new Redis(redisUrl);
    const keys = await redis.keys(`${name}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  const queueArgs = () => ["--queue", redisUrl, "--queue-name", name];
  const workerArgs = () => [
    "worker",
    ...queueArgs(),
    "--schema",
    "person.schema.json",
    "--base-url",
    ws.server.url,
    "--max-retries",
    "0",
  ];

  /** Runs `instr worker` until `until` holds, then stops it like Ctrl-C. */
  async function runWorkerUntil(until: () => Promise<boolean>): Promise<number> {
    const stop = new AbortController();
    const worker = instr(workerArgs(), stop.signal);
    try {
      const deadline = Date.now() + 10_000;
      while (!(await until()) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      stop.abort();
    }
    return worker;
  }

  it("extract --queue enqueues, worker extracts, status reports; enqueueing again adds nothing", async () => {
    await ws.write(
      "people.jsonl",
      'Ann is 1\n"Bob is 2"\n"Cy is 3"\n{"text":"Di is 4","id":"d"}\n',
    );
    const enqueue = enqueueArgs(redisUrl);
    // Line 1 is not JSON: an unusable line, reported, never enqueued.
    expect(await instr(enqueue)).toBe(2);
    expect(ws.stderr()).toContain(
      `"${name}" at ${redisUrl}: 3 new, 0 already done, 0 failed before;`,
    );
    expect(await instr(enqueue)).toBe(2);
    expect(ws.stderr()).toContain("0 new, 0 already done, 0 failed before, 3 already queued");

    await instr(["status", ...queueArgs(), "--once"]);
    expect(ws.stderr()).toMatch(
      /waiting 3 {2}active 0 {2}stalled 0 {2}delayed 0 {2}done 0 {2}failed 0/,
    );
    // The suite's Redis is started by the shipped script, with AOF: no persistence warning.
    expect(ws.stderr()).not.toContain("warning");

    const redis = new Redis(redisUrl);
    try {
      expect(await runWorkerUntil(async () => (await redis.hlen(`${name}:results`)) === 3)).toBe(0);
      const results = Object.values(await redis.hgetall(`${name}:results`)).map((r) =>
        JSON.parse(r),
      );
      expect(Object.fromEntries(results.map((r) => [r.meta.id, r.data]))).toEqual({
        "people.jsonl:2": { name: "Bob", age: 2 },
        "people.jsonl:3": { name: "Cy", age: 3 },
        d: { name: "Di", age: 4 },
      });
    } finally {
      await redis.quit();
    }
    expect(ws.stderr()).toContain("instr worker: 3 done, 0 failed; stopped.");
    expect(ws.server.requests).toHaveLength(3);
    expect(ws.stderr()).not.toContain("csk-test");

    await instr(["status", ...queueArgs(), "--once"]);
    expect(ws.stderr()).toMatch(
      /waiting 0 {2}active 0 {2}stalled 0 {2}delayed 0 {2}done 3 {2}failed 0/,
    );
    await instr(enqueue);
    expect(ws.stderr()).toContain("0 new, 3 already done, 0 failed before;");
  });

  it("failed jobs: listed by status --failed, retried by extract --queue unless --no-retry-failed, and by instr retry", async () => {
    await ws.write("people.jsonl", '"garbage Ann is 1"\n"Bob is 2"\n');
    const queue = createExtractionQueue({ connection: redisUrl, name });
    const failedCount = () => queue.queue.getFailedCount();
    try {
      await instr(enqueueArgs(redisUrl));
      // "garbage" gets an answer that fails validation: a final RetryError.
      await runWorkerUntil(
        async () => (await queue.queue.getCompletedCount()) === 1 && (await failedCount()) === 1,
      );
      expect(ws.stderr()).toMatch(/instr worker: person\.schema-\w+ failed: RetryError/);

      await instr(["status", ...queueArgs(), "--failed"]);
      expect(ws.stderr()).toMatch(/person\.schema-\w+ {2}people\.jsonl:1 {2}RetryError: /);
      expect(ws.stderr()).toContain("1 failed jobs listed");
      const redis = new Redis(redisUrl);
      expect(await redis.hlen(`${name}:results:failed`)).toBe(1);

      await instr([...enqueueArgs(redisUrl), "--no-retry-failed"]);
      expect(ws.stderr()).toContain(
        "0 new, 1 already done, 1 failed before — not retried (`instr retry` retries them)",
      );
      expect(await failedCount()).toBe(1);

      await instr(["retry", ...queueArgs()]);
      expect(ws.stderr()).toContain(
        `put 1 failed jobs of "${name}" at ${redisUrl} back in the queue.`,
      );
      expect(await failedCount()).toBe(0);
      expect(await queue.queue.getWaitingCount()).toBe(1);
      await runWorkerUntil(async () => (await failedCount()) === 1); // still garbage

      await instr(enqueueArgs(redisUrl));
      expect(ws.stderr()).toContain("0 new, 1 already done, 1 failed before — retried;");
      // The model now reads it: the retried job completes, and leaves the failures hash.
      ws.server.setHandler((request) =>
        personReply({
          ...request,
          body: JSON.parse(JSON.stringify(request.body).replaceAll("garbage ", "")),
        }),
      );
      await runWorkerUntil(async () => (await queue.queue.getCompletedCount()) === 2);
      expect(await failedCount()).toBe(0);
      expect(await redis.hlen(`${name}:results:failed`)).toBe(0);
      expect(await redis.hlen(`${name}:results`)).toBe(2);
      await redis.quit();
    } finally {
      await queue.close();
    }
  });

  it("a worker refuses jobs enqueued with another version of the schema", async () => {
    await ws.write("people.jsonl", '"Ann is 1"\n');
    await instr(enqueueArgs(redisUrl));
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
    const queue = createExtractionQueue({ connection: redisUrl, name });
    try {
      await runWorkerUntil(async () => (await queue.queue.getFailedCount()) === 1);
    } finally {
      await queue.close();
    }
    expect(ws.stderr()).toMatch(
      /failed: SchemaVersionError: Schema "person.schema" version mismatch/,
    );
    expect(ws.stderr()).toContain("0 done, 1 failed");
    expect(ws.server.requests).toHaveLength(0);
  });

  // The job names the model (enqueued with --model llama3.1-8b); each provider's wire answers it.
  it.each([
    ["anthropic", { ANTHROPIC_API_KEY: "sk-ant-worker" }, "/v1/messages"],
    ["google", { GEMINI_API_KEY: "gemini-worker" }, "/v1beta/models/llama3.1-8b:generateContent"],
  ])(
    "worker --provider %s extracts through its SDK with its key variable",
    async (provider, env, path) => {
      await ws.write("people.jsonl", '"Ann is 1"\n"Bob is 2"\n');
      expect(await instr(enqueueArgs(redisUrl))).toBe(0);
      const stop = new AbortController();
      const redis = new Redis(redisUrl);
      const worker = instr([...workerArgs(), "--provider", provider], stop.signal, env);
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
      expect(ws.server.requests.map((r) => r.path)).toEqual([path, path]);
    },
  );

  it("empty and undecodable documents are reported, never enqueued; --encoding reads the latter", async () => {
    await ws.write("empty.txt", "  \n\t\n");
    await writeFile(join(ws.dir, "latin1.txt"), Buffer.from("Zo\xeb is 5", "latin1"));
    await ws.write("people.jsonl", '""\n{"text":"   ","id":"blank"}\n"Ann is 1"\n');
    const args = enqueueArgs(redisUrl, ["empty.txt", "latin1.txt", "people.jsonl"]);
    expect(await instr(args)).toBe(2);
    expect(ws.stderr()).toContain("1 new, 0 already done, 0 failed before; 4 unusable input items");
    const failures = (await readFile(join(ws.dir, "failures.jsonl"), "utf8"))
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(failures.map((f) => [f.id, f.error.name, f.error.message])).toEqual([
      ["empty.txt", "InputError", "empty.txt: empty document (nothing to extract from)."],
      [
        "latin1.txt",
        "InputError",
        "latin1.txt: not valid utf-8 text; give the file's encoding with --encoding (e.g. --encoding latin1).",
      ],
      ["people.jsonl:1", "InputError", "people.jsonl:1: empty document (nothing to extract from)."],
      ["blank", "InputError", "blank: empty document (nothing to extract from)."],
    ]);
    expect(await instr([...args, "--encoding", "latin1"])).toBe(2);
    expect(ws.stderr()).toContain(
      "1 new, 0 already done, 0 failed before, 1 already queued; 3 unusable",
    );
    const queue = createExtractionQueue({ connection: redisUrl, name });
    const prompts = (await queue.queue.getWaiting()).map((job) => job.data.prompt).sort();
    await queue.close();
    expect(prompts).toEqual(["Ann is 1", "Zoë is 5"]);
  });
});

describeWithRedis("instr worker as a process", () => {
  const bin = fileURLToPath(new URL("../bin.ts", import.meta.url));
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

  afterEach(async () => {
    const queue = createExtractionQueue({ connection: redisUrl, name });
    await queue.queue.obliterate({ force: true });
    await queue.close();
  });

  function startWorker(grace: number) {
    const child = spawn(
      process.execPath,
      [
        "--import",
        tsx,
        bin,
        "worker",
        "--queue",
        redisUrl,
        "--queue-name",
        name,
        "--schema",
        "person.schema.json",
        "--base-url",
        ws.server.url,
        "--concurrency",
        "3",
        "--grace",
        String(grace),
      ],
      {
        cwd: ws.dir,
        env: { ...process.env, CEREBRAS_API_KEY: "csk-test" },
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = once(child, "exit").then(([code, signal]) => ({ code, signal }));
    return { child, exited, stderr: () => stderr };
  }

  async function inFlight(count: number) {
    const deadline = Date.now() + 15_000;
    while (ws.server.requests.length < count && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(ws.server.requests.length).toBe(count);
  }

  /**
   * Enqueues three documents, starts a worker with `graceMs` of grace, waits until it holds all
   * three, then sends SIGTERM: the worker must exit 0.
   */
  async function sigtermWhileHoldingThree(graceMs: number) {
    await ws.write("people.jsonl", '"Ann is 1"\n"Bob is 2"\n"Cy is 3"\n');
    await instr(enqueueArgs(redisUrl));
    const worker = startWorker(graceMs);
    await inFlight(3);
    worker.child.kill("SIGTERM");
    expect(await worker.exited).toEqual({ code: 0, signal: null });
    return worker;
  }

  it("SIGTERM drains like Ctrl-C: jobs in hand finish within --grace, then exit 0", async () => {
    ws.server.setHandler((request) => ({ ...personReply(request), delayMs: 800 }));
    const worker = await sigtermWhileHoldingThree(10_000);
    expect(worker.stderr()).toContain("instr worker: 3 done, 0 failed; stopped.");
    const queue = createExtractionQueue({ connection: redisUrl, name });
    const counts = await queue.queue.getJobCounts("completed", "active", "wait");
    expect(counts).toEqual({ completed: 3, active: 0, wait: 0 });
    await queue.close();
  }, 30_000);

  it("after --grace, jobs in hand go back to the queue unspent; a second signal exits at once", async () => {
    ws.server.setHandler(() => ({ type: "hang" }));
    const worker = await sigtermWhileHoldingThree(200);
    expect(worker.stderr()).toContain("instr worker: 0 done, 0 failed; stopped.");
    const queue = createExtractionQueue({ connection: redisUrl, name });
    const counts = await queue.queue.getJobCounts("completed", "active", "wait");
    expect(counts).toEqual({ completed: 0, active: 0, wait: 3 });
    const jobs = await queue.queue.getWaiting();
    expect(jobs.map((job) => job.attemptsMade)).toEqual([0, 0, 0]);

    const stubborn = startWorker(60_000);
    await inFlight(6);
    stubborn.child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 100));
    stubborn.child.kill("SIGTERM");
    expect(await stubborn.exited).toEqual({ code: 143, signal: null });
    await queue.close();
  }, 30_000);
});

describeWithRedis("a Redis without persistence", () => {
  let volatile: ChildProcess | undefined;
  afterEach(async () => {
    if (volatile?.exitCode === null) {
      const exited = once(volatile, "exit");
      volatile.kill();
      await exited;
    }
  });

  it("worker and status warn once at start that a restart would lose the queue", async () => {
    const port = await freePort();
    volatile = spawn(
      "redis-server",
      ["--bind", "127.0.0.1", "--port", String(port), "--save", "", "--appendonly", "no"],
      { stdio: "ignore" },
    );
    const url = `redis://127.0.0.1:${port}`;
    const probe = new Redis(url, { maxRetriesPerRequest: null, retryStrategy: () => 20 });
    probe.on("error", () => {}); // refused until redis-server listens; ping waits for it
    await probe.ping();
    probe.disconnect();
    const warning = `warning: Redis at ${url} has neither AOF (appendonly) nor RDB snapshots (save) on: a restart loses every queued job and result.`;

    await instr(["status", "--queue", url, "--once"]);
    expect(ws.stderr()).toContain(`instr: ${warning}`);
    const stop = new AbortController();
    stop.abort();
    await instr(
      ["worker", "--queue", url, "--schema", "person.schema.json", "--base-url", ws.server.url],
      stop.signal,
    );
    expect(ws.stderr()).toContain(`instr worker: ${warning}`);
    expect(ws.stderr().split("warning:")).toHaveLength(3); // once each
  });
});
