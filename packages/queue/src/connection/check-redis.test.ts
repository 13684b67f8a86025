import { once } from "node:events";
import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { describeWithRedis, redisUrl } from "../../test/redis.js";
import { freePort } from "../../test/throwaway-redis.js";
import { RedisUnavailableError } from "../errors/redis-unavailable-error.js";
import { checkRedis, persistenceWarning } from "./check-redis.js";

describe("checkRedis against an unreachable Redis", () => {
  it("rejects a refused connection at once, naming the URL (password redacted)", async () => {
    const url = `redis://:secret@127.0.0.1:${await freePort()}`;
    const error = await checkRedis(url, { timeoutMs: 10_000 }).catch((e: unknown) => e);
    expect(RedisUnavailableError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({
      message: `Redis at ${url.replace("secret", "***")} is unreachable (ECONNREFUSED).`,
    });
  });

  it("rejects within timeoutMs when the server accepts but never answers", async () => {
    const server = createServer(() => {});
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const address = server.address();
    const port = typeof address === "object" && address !== null ? address.port : 0;
    try {
      await expect(checkRedis({ host: "127.0.0.1", port }, { timeoutMs: 200 })).rejects.toThrow(
        `Redis at redis://127.0.0.1:${port} is unreachable (no answer within 200 ms).`,
      );
    } finally {
      server.close();
    }
  });

  it("warns only when neither AOF nor RDB is on, and not when it cannot tell", () => {
    const check = (aof: boolean, rdb: boolean | undefined) => ({
      url: "redis://h:1",
      persistence: { aof, rdb },
    });
    expect(persistenceWarning(check(false, false))).toMatch(/neither AOF .* nor RDB/);
    expect(persistenceWarning(check(true, false))).toBeUndefined();
    expect(persistenceWarning(check(false, true))).toBeUndefined();
    expect(persistenceWarning(check(false, undefined))).toBeUndefined();
  });
});

describeWithRedis("checkRedis", () => {
  it("reports the persistence of the suite's Redis, started by the shipped script with AOF", async () => {
    const check = await checkRedis(redisUrl);
    expect(check.url).toBe(redisUrl);
    expect(check.persistence.aof).toBe(true);
  });
});
