import { afterAll, expect, it } from "vitest";
import { deleteKeys, describeWithRedis, redisUrl, uniqueQueueName } from "../../test/redis.js";
import { createRedisCache } from "./redis-cache.js";

describeWithRedis("createRedisCache", () => {
  const prefix = `${uniqueQueueName("cache")}:`;
  afterAll(() => deleteKeys(`${prefix}*`));

  it("shares values between clients (workers) and misses unknown keys", async () => {
    const a = createRedisCache({ connection: redisUrl, prefix });
    const b = createRedisCache({ connection: redisUrl, prefix });
    try {
      await a.set("k", { name: "Ada", tags: ["x"], n: null });
      expect(await b.get("k")).toEqual({ name: "Ada", tags: ["x"], n: null });
      expect(await b.get("missing")).toBeUndefined();
    } finally {
      await a.close();
      await b.close();
    }
  });

  it("expires entries after ttlMs", async () => {
    const cache = createRedisCache({ connection: redisUrl, prefix });
    try {
      await cache.set("short", 1, 50);
      await cache.set("long", 2);
      expect(await cache.get("short")).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 120));
      expect(await cache.get("short")).toBeUndefined();
      expect(await cache.get("long")).toBe(2);
    } finally {
      await cache.close();
    }
  });

  it("rejects values without a JSON form instead of storing nothing", async () => {
    const cache = createRedisCache({ connection: redisUrl, prefix });
    try {
      await expect(cache.set("fn", () => 1)).rejects.toThrow(/no JSON form/);
    } finally {
      await cache.close();
    }
  });
});
