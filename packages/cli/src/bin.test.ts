import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { personReply } from "./test-support/person-reply.js";
import { createWorkspace, type Workspace } from "./test-support/workspace.js";

const bin = fileURLToPath(new URL("./bin.ts", import.meta.url));
// The child runs in a temporary directory: point `--import` at this package's tsx.
const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

let ws: Workspace;
beforeEach(async () => {
  ws = await createWorkspace();
});
afterEach(async () => {
  await ws.close();
});

function instr(args: string[]): { child: ChildProcess; stderr: () => string } {
  const child = spawn(process.execPath, ["--import", tsx, bin, ...args], {
    cwd: ws.dir,
    env: { ...process.env, CEREBRAS_API_KEY: "csk-test" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return { child, stderr: () => stderr };
}

async function exitCode(child: ChildProcess): Promise<number | null> {
  const [code] = await once(child, "exit");
  return code;
}

const resultLines = async () =>
  (await readFile(`${ws.dir}/results.jsonl`, "utf8").catch(() => ""))
    .split("\n")
    .filter((line) => line !== "");

const args = () => [
  "extract",
  "--schema",
  "person.schema.json",
  "--input",
  "people.jsonl",
  "--model",
  "llama3.1-8b",
  "--base-url",
  ws.server.url,
  "--concurrency",
  "2",
  "--max-retries",
  "0",
];

describe("the instr bin", () => {
  it("stops on Ctrl-C with status 130 and resumes where it stopped", async () => {
    const total = 60;
    const lines = Array.from({ length: total }, (_, i) => JSON.stringify(`P${i} is ${i}`));
    await ws.write("people.jsonl", lines.join("\n"));
    ws.server.setHandler((request) => ({ ...personReply(request), delayMs: 20 }));

    const first = instr(args());
    while ((await resultLines()).length < 5) await new Promise((r) => setTimeout(r, 20));
    first.child.kill("SIGINT");
    expect(await exitCode(first.child)).toBe(130);
    expect(first.stderr()).toContain("interrupted");
    const done = (await resultLines()).length;
    expect(done).toBeLessThan(total);

    const sentBefore = ws.server.requests.length;
    const second = instr(args());
    expect(await exitCode(second.child)).toBe(0);
    expect(second.stderr()).toContain(`${done} already done`);
    expect(ws.server.requests.length - sentBefore).toBe(total - done);
    const ids = (await resultLines()).map((line) => JSON.parse(line).id);
    expect(new Set(ids).size).toBe(total);
    expect(ids).toHaveLength(total);
  }, 30_000);

  it("exits with 2 when some items failed, and 1 on a usage error", async () => {
    await ws.write("people.jsonl", `"Ann is 3"\n"garbage"\n`);
    const run = instr(args());
    expect(await exitCode(run.child)).toBe(2);
    expect(run.stderr()).toContain("1 extracted, 1 failed");

    const bad = instr([...args(), "--concurrency", "0"]);
    expect(await exitCode(bad.child)).toBe(1);
    expect(bad.stderr()).toContain("expected an integer >= 1");
  }, 30_000);
});
