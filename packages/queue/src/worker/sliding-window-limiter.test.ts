import { Redis } from "ioredis";
import { afterAll, expect, it } from "vitest";
import { deleteKeys, describeWithRedis, redisUrl, uniqueQueueName } from "../../test/redis.js";
import { maxInSlidingWindow } from "../../test/sliding-window.js";
import { createSlidingWindowLimiter } from "./sliding-window-limiter.js";

describeWithRedis("createSlidingWindowLimiter", () => {
  const prefix = uniqueQueueName("limiter");
  const keys = { log: `${prefix}:slots`, pause: `${prefix}:pause` };
  const clients = Array.from({ length: 3 }, () => new Redis(redisUrl));
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.quit()));
    await deleteKeys(`${prefix}:*`);
  });

  it("never lets more than max slots into any window across workers, and reuses freed slots", async () => {
    // jitterMs is what the limiter promises to absorb between taking a slot and the request
    // being seen; here "seen" is this test's own clock after an await, which a loaded CI machine
    // delays by tens of ms, so the margin is wide (20 ms failed once with 11 in a window).
    const limit = { max: 10, durationMs: 300, jitterMs: 150 };
    // Three "workers" with eight jobs each, all taking slots as fast as they are given.
    const limiters = clients.map((client) => createSlidingWindowLimiter(client, keys, limit));
    const times: number[] = [];
    const until = Date.now() + 1500;
    await Promise.all(
      limiters.flatMap((limiter) =>
        Array.from({ length: 8 }, async () => {
          while (Date.now() < until) {
            await limiter.acquire();
            times.push(Date.now());
          }
        }),
      ),
    );
    times.sort((a, b) => a - b);
    // Slots are counted on Redis' clock; taking one is seen here a little later, never earlier
    // than up to jitterMs apart, so the window of durationMs holds at most max.
    expect(maxInSlidingWindow(times, limit.durationMs)).toBeLessThanOrEqual(limit.max);
    expect(times.length).toBeGreaterThan(2 * limit.max); // windows after the first reused slots
  });

  it("holds every slot while a 429 pause is set, and aborts with the signal's reason", async () => {
    const limiter = createSlidingWindowLimiter(clients[0]!, keys, { max: 100, durationMs: 1000 });
    await clients[0]!.set(keys.pause, Number.MAX_SAFE_INTEGER, "PX", 300);
    await limiter.acquire();
    expect(await clients[0]!.pttl(keys.pause)).toBeLessThanOrEqual(0); // only after it expired

    await clients[0]!.set(keys.pause, Number.MAX_SAFE_INTEGER, "PX", 10_000);
    const controller = new AbortController();
    const waiting = limiter.acquire(controller.signal);
    controller.abort(new Error("stop"));
    await expect(waiting).rejects.toThrow("stop");
    await clients[0]!.del(keys.pause);
  });

  it("rejects a limit that is not positive", () => {
    expect(() =>
      createSlidingWindowLimiter(clients[0]!, keys, { max: 0, durationMs: 1000 }),
    ).toThrow(RangeError);
    expect(() =>
      createSlidingWindowLimiter(clients[0]!, keys, { max: 1.5, durationMs: 1000 }),
    ).toThrow(RangeError);
    expect(() =>
      createSlidingWindowLimiter(clients[0]!, keys, { max: 1, durationMs: 10, jitterMs: -1 }),
    ).toThrow(RangeError);
  });
});
