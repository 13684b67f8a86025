/**
 * `pnpm --filter @instr/cli demo`: a small batch run of `instr extract` against the loopback
 * server, offline. It shows the progress line, a 429 pause, the failures file, the cache making
 * a second run free, and resume skipping finished items.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startMockServer } from "@instr/mock-server";
import { runExtract } from "../src/extract/run-extract.js";
import { personReply } from "../src/test-support/person-reply.js";

const here = fileURLToPath(new URL(".", import.meta.url));
const work = await mkdtemp(join(tmpdir(), "instr-demo-"));
const server = await startMockServer();
// The loopback "model" reads "<Name> is <age>" from each document, taking 20 ms per answer.
server.setHandler((request) => ({ ...personReply(request), delayMs: 20 }));
// The first request is rate-limited: the whole pool pauses for retry-after, then carries on.
server.enqueue({ type: "error", status: 429, headers: { "retry-after": "1" } });

const options = {
  schema: join(here, "person.ts"),
  input: [join(here, "people.jsonl")],
  model: "llama3.1-8b",
  concurrency: 4,
  cache: join(work, "cache"),
  out: join(work, "results.jsonl"),
  failures: join(work, "failures.jsonl"),
  baseUrl: server.url,
  system: "Extract the person.",
  progress: true,
};
const io = { cwd: here, env: { CEREBRAS_API_KEY: "offline" }, stderr: process.stderr };

try {
  console.log(`instr extract: 20 documents, loopback server at ${server.url}`);
  const first = await runExtract(options, io);
  console.log(
    `run 1: ${first.succeeded} extracted, ${first.failed} failed, ${server.requests.length} requests (one was a 429)`,
  );
  const sample = (await readFile(options.out, "utf8")).split("\n").slice(0, 2).join("\n");
  console.log(`results.jsonl starts with:\n${sample}`);

  const resumed = await runExtract(options, io);
  console.log(`run 2 (same --out): ${resumed.skipped} already done, nothing sent`);

  const before = server.requests.length;
  const cached = await runExtract({ ...options, out: join(work, "again.jsonl") }, io);
  console.log(
    `run 3 (new --out, same --cache): ${cached.cacheHits} from cache, ${server.requests.length - before} requests`,
  );
} finally {
  await server.close();
  await rm(work, { recursive: true, force: true });
}
