import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { InstructorError } from "../../errors/instructor-error.js";
import { createFileCache } from "./file-cache.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "instr-cache-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("createFileCache", () => {
  it("persists values across store instances, with no temporary files left", async () => {
    await createFileCache({ dir }).set("abc123", { name: "Jason", tags: ["a"] });
    expect(await createFileCache({ dir }).get("abc123")).toEqual({ name: "Jason", tags: ["a"] });
    expect(await readdir(join(dir, "ab"))).toEqual(["abc123.json"]);
    expect(await createFileCache({ dir }).get("abd000")).toBeUndefined();
  });

  it("expires entries and removes their file", async () => {
    let time = 1000;
    const cache = createFileCache({ dir, ttlMs: 100, now: () => time });
    await cache.set("ka1", 1);
    await cache.set("ka2", 2, 1_000_000);
    time = 1100;
    expect(await cache.get("ka1")).toBeUndefined();
    expect(await cache.get("ka2")).toBe(2);
    expect(await readdir(join(dir, "ka"))).toEqual(["ka2.json"]);
  });

  it("survives concurrent writers of one key", async () => {
    const cache = createFileCache({ dir });
    await Promise.all(Array.from({ length: 20 }, (_, i) => cache.set("same", { i })));
    expect(await cache.get("same")).toMatchObject({ i: expect.any(Number) });
    expect(await readdir(join(dir, "sa"))).toEqual(["same.json"]);
  });

  it("refuses keys that could escape the directory", async () => {
    const cache = createFileCache({ dir });
    await expect(cache.set("../evil", 1)).rejects.toThrow(TypeError);
    await expect(cache.get("a/b")).rejects.toThrow(TypeError);
  });

  it("reports a corrupt entry instead of treating it as a miss", async () => {
    const cache = createFileCache({ dir });
    await cache.set("bad", 1);
    await writeFile(join(dir, "ba", "bad.json"), "{not json");
    const error = await Promise.resolve(cache.get("bad")).catch((e: unknown) => e);
    expect(InstructorError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain("bad.json");
  });
});
