import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CliError } from "../cli-error.js";
import { lastUserMessage, personReply } from "../test-support/person-reply.js";
import { createWorkspace, type Workspace } from "../test-support/workspace.js";
import { runExtract } from "./run-extract.js";

let ws: Workspace;
beforeEach(async () => {
  ws = await createWorkspace();
});
afterEach(async () => {
  await ws.close();
});

const people = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => JSON.stringify(`P${from + i} is ${from + i}`)).join("\n");

async function lines(path: string): Promise<Record<string, unknown>[]> {
  const text = await readFile(path, "utf8").catch(() => "");
  return text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line));
}

describe("runExtract", () => {
  it("extracts every JSONL line and file; bad lines and invalid answers go to failures", async () => {
    await ws.write("people.jsonl", `${people(3)}\n\n{"id":"x7","text":"Ann is 7"}\n{"oops"\n`);
    await ws.write("bob.txt", "Bob is 40");
    await ws.write("junk.txt", "garbage in");
    const summary = await runExtract(ws.options({ input: ["people.jsonl", "*.txt"] }), ws.io());
    expect(summary).toMatchObject({ total: 7, skipped: 0, succeeded: 5, failed: 2, cacheHits: 0 });
    expect(summary.usage.totalTokens).toBe(6 * 30);

    const results = await lines(ws.options().out);
    const byId = Object.fromEntries(results.map((r) => [r.id, r.data]));
    expect(byId).toEqual({
      "people.jsonl:1": { name: "P0", age: 0 },
      "people.jsonl:2": { name: "P1", age: 1 },
      "people.jsonl:3": { name: "P2", age: 2 },
      x7: { name: "Ann", age: 7 },
      "bob.txt": { name: "Bob", age: 40 },
    });
    expect(results.every((r) => typeof r.hash === "string")).toBe(true);

    const failures = await lines(ws.options().failures);
    expect(failures.map((f) => f.id).sort()).toEqual(["junk.txt", "people.jsonl:6"]);
    const junk = failures.find((f) => f.id === "junk.txt")!;
    expect(junk).toMatchObject({ error: { name: "RetryError" }, rawOutput: '{"name":"garbage"}' });
    const badLine = failures.find((f) => f.id === "people.jsonl:6")!;
    expect(badLine).toMatchObject({ rawOutput: '{"oops"' });
    expect(String((badLine.error as { message: string }).message)).toContain("not valid JSON");
    // The bad line never reached the model; the key never reached a file.
    expect(ws.server.requests).toHaveLength(6);
    expect(JSON.stringify(failures)).not.toContain("csk-test");
  });

  it("resumes an interrupted run without redoing finished items", async () => {
    await ws.write("people.jsonl", people(30));
    const controller = new AbortController();
    ws.server.setHandler((request) => {
      if (ws.server.requests.length === 12) controller.abort(new CliError("interrupted"));
      return personReply(request);
    });
    await expect(
      runExtract(ws.options({ concurrency: 2 }), ws.io({ signal: controller.signal })),
    ).rejects.toThrow("interrupted");
    const firstRun = await lines(ws.options().out);
    expect(firstRun.length).toBeGreaterThan(5);
    expect(firstRun.length).toBeLessThan(30);

    ws.server.reset();
    ws.server.setHandler(personReply);
    const summary = await runExtract(ws.options(), ws.io());
    expect(summary).toMatchObject({ total: 30, skipped: firstRun.length, failed: 0 });
    expect(ws.server.requests).toHaveLength(30 - firstRun.length);
    const all = await lines(ws.options().out);
    expect(new Set(all.map((r) => r.id)).size).toBe(30);
    expect(all).toHaveLength(30);
  });

  it("runs an edited item again and cuts a half-written last line", async () => {
    await ws.write("people.jsonl", people(3));
    await runExtract(ws.options(), ws.io());
    const out = ws.options().out;
    await writeFile(out, `${await readFile(out, "utf8")}{"id":"people.jsonl:9","ha`);
    await ws.write("people.jsonl", `${people(2)}\n"Zed is 99"`);
    ws.server.reset();
    ws.server.setHandler(personReply);
    const summary = await runExtract(ws.options(), ws.io());
    expect(summary).toMatchObject({ skipped: 2, succeeded: 1 });
    expect(ws.server.requests.map((r) => lastUserMessage(r.body))).toEqual(["Zed is 99"]);
    expect(ws.stderr()).toContain("unfinished last line");
    const results = await lines(out);
    expect(results.map((r) => r.data)).toContainEqual({ name: "Zed", age: 99 });
  });

  it("answers from the cache directory without requests", async () => {
    await ws.write("people.jsonl", people(5));
    const cache = join(ws.dir, "cache");
    await runExtract(ws.options({ cache }), ws.io());
    expect(ws.server.requests).toHaveLength(5);
    const second = await runExtract(
      ws.options({ cache, out: join(ws.dir, "again.jsonl") }),
      ws.io(),
    );
    expect(second).toMatchObject({ succeeded: 5, cacheHits: 5 });
    expect(ws.server.requests).toHaveLength(5);
    const byId = (records: Record<string, unknown>[]) =>
      Object.fromEntries(records.map((r) => [r.id, r.data]));
    expect(byId(await lines(join(ws.dir, "again.jsonl")))).toEqual(
      byId(await lines(ws.options().out)),
    );
  });

  it("pauses on a 429 with retry-after and finishes every item", async () => {
    await ws.write("people.jsonl", people(6));
    ws.server.enqueue({ type: "error", status: 429, headers: { "retry-after": "1" } });
    const summary = await runExtract(ws.options({ concurrency: 1 }), ws.io());
    expect(summary).toMatchObject({ succeeded: 6, failed: 0 });
    const [limited, retried] = ws.server.requests;
    expect(ws.server.requests).toHaveLength(7);
    // The re-sent request waited for retry-after (loosely: timers may fire a little early).
    expect(retried!.receivedAt - limited!.receivedAt).toBeGreaterThan(900);
    expect(lastUserMessage(retried!.body)).toBe(lastUserMessage(limited!.body));
  });

  it("halves and pauses the whole pool on a wave of 429s, then finishes every item", async () => {
    await ws.write("people.jsonl", people(20));
    const limited = { type: "error" as const, status: 429, headers: { "retry-after": "1" } };
    ws.server.enqueue(limited, limited, limited, limited);
    const summary = await runExtract(ws.options({ concurrency: 4 }), ws.io());
    expect(summary).toMatchObject({ succeeded: 20, failed: 0, rateLimited: 4 });
    const times = ws.server.requests.map((r) => r.receivedAt);
    expect(times).toHaveLength(24);
    const wave = Math.max(...times.slice(0, 4));
    // Nothing was sent until retry-after had passed (loosely: timers may fire a little early).
    expect(Math.min(...times.slice(4)) - wave).toBeGreaterThan(900);
  });

  it("fails empty and undecodable documents without sending them; --encoding reads the latter", async () => {
    await ws.write("people.jsonl", '"Ann is 1"\n"  "\n');
    await ws.write("blank.txt", "\n \n");
    await writeFile(join(ws.dir, "zoe.txt"), Buffer.from("Zo\xeb is 5", "latin1"));
    const input = ["people.jsonl", "blank.txt", "zoe.txt"];
    const summary = await runExtract(ws.options({ input }), ws.io());
    expect(summary).toMatchObject({ succeeded: 1, failed: 3 });
    expect(ws.server.requests.map((r) => lastUserMessage(r.body))).toEqual(["Ann is 1"]);
    const failures = await lines(ws.options().failures);
    expect(failures.map((f) => [f.id, (f.error as { message: string }).message])).toEqual([
      ["people.jsonl:2", "people.jsonl:2: empty document (nothing to extract from)."],
      ["blank.txt", "blank.txt: empty document (nothing to extract from)."],
      [
        "zoe.txt",
        "zoe.txt: not valid utf-8 text; give the file's encoding with --encoding (e.g. --encoding latin1).",
      ],
    ]);
    const again = await runExtract(ws.options({ input, encoding: "latin1" }), ws.io());
    expect(again).toMatchObject({ skipped: 1, succeeded: 1, failed: 2 });
    expect(lastUserMessage(ws.server.requests.at(-1)?.body)).toBe("Zoë is 5");
    await expect(runExtract(ws.options({ input, encoding: "klingon" }), ws.io())).rejects.toThrow(
      "--encoding klingon is not an encoding",
    );
  });

  it("reports usage errors clearly", async () => {
    await ws.write("people.jsonl", people(1));
    await expect(runExtract(ws.options(), ws.io({ env: {} }))).rejects.toThrow(/CEREBRAS_API_KEY/);
    await expect(runExtract(ws.options({ input: ["nope/*.txt"] }), ws.io())).rejects.toThrow(
      "matches no file",
    );
    await expect(runExtract(ws.options({ schema: "missing.json" }), ws.io())).rejects.toThrow(
      CliError,
    );
    await ws.write("results.jsonl", "not json\n");
    await expect(runExtract(ws.options(), ws.io())).rejects.toThrow(/results.jsonl:1/);
  });
});
