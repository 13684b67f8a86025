import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { completedItems } from "./completed-items.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "instr-out-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const line = (id: string) => `${JSON.stringify({ id, hash: "h", data: {} })}\n`;

describe("completedItems", () => {
  it("is empty without a results file", async () => {
    expect(await completedItems(join(dir, "none.jsonl"))).toEqual({
      keys: new Set(),
      droppedBytes: 0,
    });
  });

  it("cuts an unfinished last line longer than one read chunk", async () => {
    const path = join(dir, "out.jsonl");
    const unfinished = `{"id":"c","hash":"h","data":"${"x".repeat(100_000)}`;
    await writeFile(path, line("a") + line("b") + unfinished);
    const { keys, droppedBytes } = await completedItems(path);
    expect([...keys]).toEqual(["h a", "h b"]);
    expect(droppedBytes).toBe(unfinished.length);
    expect(await readFile(path, "utf8")).toBe(line("a") + line("b"));
  });

  it("cuts a file that is one unfinished line to nothing", async () => {
    const path = join(dir, "out.jsonl");
    await writeFile(path, '{"id":"a"');
    expect((await completedItems(path)).keys.size).toBe(0);
    expect(await readFile(path, "utf8")).toBe("");
  });

  it("refuses a finished line that is not a result", async () => {
    const path = join(dir, "out.jsonl");
    await writeFile(path, `${line("a")}{"name":"x"}\n`);
    await expect(completedItems(path)).rejects.toThrow("out.jsonl:2 is not an instr result line");
  });
});
