import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** Redis for the tests; "" when none could be found or started. */
    redisUrl: string;
    /** Why `redisUrl` is empty. */
    redisMissing: string;
  }
}

const scripts = fileURLToPath(new URL("../../../scripts/redis/", import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address !== null
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

/**
 * Uses `REDIS_URL` when set (CI starts one with scripts/redis/start.sh); otherwise starts a
 * throwaway redis-server on a free loopback port for this run, when the binary exists.
 */
export default async function setup(project: TestProject) {
  const fromEnv = process.env.REDIS_URL;
  if (fromEnv) {
    project.provide("redisUrl", fromEnv);
    project.provide("redisMissing", "");
    return;
  }
  if (spawnSync("redis-server", ["--version"]).status !== 0) {
    project.provide("redisUrl", "");
    project.provide(
      "redisMissing",
      "no redis-server on PATH and REDIS_URL unset — apt-get install redis-server (or set REDIS_URL)",
    );
    return;
  }
  const port = String(await freePort());
  const env = { ...process.env, REDIS_DIR: mkdtempSync(join(tmpdir(), "instr-redis-")) };
  const url = execFileSync(join(scripts, "start.sh"), [port], { env, encoding: "utf8" }).trim();
  project.provide("redisUrl", url);
  project.provide("redisMissing", "");
  return () => {
    execFileSync(join(scripts, "stop.sh"), [port], { env, stdio: "inherit" });
  };
}
