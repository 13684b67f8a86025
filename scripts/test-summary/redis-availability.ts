import { spawnSync } from "node:child_process";

/**
 * Whether the Redis-backed tests can run here, as one word for turbo's task hash: `url` when
 * `REDIS_URL` is set, `redis-server` when the binary is on PATH (the queue tests start their own),
 * else `none`.
 */
export function redisAvailability(env: NodeJS.ProcessEnv): "url" | "redis-server" | "none" {
  if (env.REDIS_URL) return "url";
  return spawnSync("redis-server", ["--version"]).status === 0 ? "redis-server" : "none";
}
