import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { jsonlFileSink } from "./jsonl-file-sink.js";

const dir = mkdtempSync(join(tmpdir(), "instr-sink-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("appends one JSON line per result and per final failure", async () => {
  const sink = jsonlFileSink(join(dir, "out.jsonl"), { failuresPath: join(dir, "failed.jsonl") });
  const schema = { name: "s", hash: "h" };
  const usage = { promptTokens: 1, completionTokens: 1, totalTokens: 2 };
  await sink.write({ jobId: "a", schema, data: { x: 1 }, usage, attempts: 1 });
  await sink.write({ jobId: "b", schema, data: { x: 2 }, usage, attempts: 2 });
  const failure = {
    jobId: "c",
    schema,
    error: { name: "E", message: "m" },
    rawOutput: "{",
    attempt: 1,
    final: true,
  };
  await sink.fail?.(failure);
  const lines = readFileSync(join(dir, "out.jsonl"), "utf8")
    .trimEnd()
    .split("\n")
    .map((l) => JSON.parse(l));
  expect(lines.map((l) => l.jobId)).toEqual(["a", "b"]);
  expect(JSON.parse(readFileSync(join(dir, "failed.jsonl"), "utf8"))).toEqual(failure);
});
