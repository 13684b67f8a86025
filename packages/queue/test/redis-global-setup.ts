import { spawnSync } from "node:child_process";
import type { TestProject } from "vitest/node";
import "./redis-context.js";
import { startThrowawayRedis } from "./throwaway-redis.js";

/**
 * Uses `REDIS_URL` when set (CI starts one with scripts/redis/start.sh); otherwise starts a
 * throwaway redis-server with the shipped script on a free loopback port for this run, when the
 * binary exists. The CLI suite uses this setup too (its vitest.config.ts names this file).
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
  const redis = await startThrowawayRedis();
  project.provide("redisUrl", redis.url);
  project.provide("redisMissing", "");
  return () => redis.stop();
}
