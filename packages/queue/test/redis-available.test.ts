import { Redis } from "ioredis";
import { expect, inject, it } from "vitest";

// The Redis-backed suites skip without a redis-server; in CI that would hide every queue test,
// so CI must fail here instead.
it.runIf(process.env.CI === "true")(
  "Redis is reachable in CI (queue tests would skip)",
  async () => {
    const url = inject("redisUrl");
    expect(url, inject("redisMissing")).not.toBe("");
    const redis = new Redis(url, { maxRetriesPerRequest: 1 });
    try {
      expect(await redis.ping()).toBe("PONG");
    } finally {
      redis.disconnect();
    }
  },
);
