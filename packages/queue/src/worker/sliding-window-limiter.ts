import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { sleep } from "../timing/sleep.js";
import { checkRateLimit, type RateLimit } from "./rate-limit.js";

// One atomic step: free slots older than the window, then take one or say how long to wait.
// Redis' own clock, so every worker on every machine counts the same window. A 429 pause (the
// limiter key holding BullMQ's "full" value) holds everyone until it expires. Slots are also
// paced (GCRA: one per ARGV[4] ms on average, bursts up to ARGV[5] ms ahead of that pace), so a
// window's slots are not taken in one burst that then repeats every window: requests sent at
// once leave the workers with a wide spread of delays. KEYS[3] holds the pace's next slot time.
const acquireScript = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local paused = tonumber(redis.call('GET', KEYS[2]) or '0')
if paused >= 9007199254740991 then
  local ttl = redis.call('PTTL', KEYS[2])
  if ttl > 0 then return ttl end
end
local max = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local spacing = tonumber(ARGV[4])
local burst = tonumber(ARGV[5])
local tat = tonumber(redis.call('GET', KEYS[3]) or '0')
if now < tat - burst then
  return math.max(1, math.ceil(tat - burst - now))
end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < max then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], math.ceil(window))
  redis.call('SET', KEYS[3], math.max(tat, now) + spacing, 'PX', math.ceil(window))
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return math.max(1, tonumber(oldest[2]) + window - now)
`;

/** Slots of a shared rate limit, taken one per job before its model call. */
export interface SlidingWindowLimiter {
  /** Resolves once this job may send; rejects with the signal's reason when it aborts. */
  acquire(signal?: AbortSignal): Promise<void>;
}

/**
 * A sliding-window log in Redis: a slot is taken only while fewer than `max` were taken in the
 * last `durationMs + jitterMs`, so requests that arrive up to `jitterMs` after their slot never
 * exceed `max` in any `durationMs` window, and a freed slot is reused as soon as it expires —
 * the budget is used up to `durationMs / (durationMs + jitterMs)` of it (95% at 1 s and 50 ms).
 * Slots are also paced at 1.25 × that rate with bursts of at most 5, so they do not all come
 * at once.
 */
export function createSlidingWindowLimiter(
  redis: Redis,
  keys: { log: string; pause: string },
  limit: RateLimit,
): SlidingWindowLimiter {
  const { max, durationMs, jitterMs } = checkRateLimit(limit);
  const window = durationMs + jitterMs;
  // A pace a quarter faster than the window allows, so the window stays the binding limit,
  // with bursts of up to 5 slots so that workers waking a little late do not lose their turn.
  const spacing = (0.8 * window) / max;
  const burst = 4 * spacing;
  return {
    async acquire(signal) {
      for (;;) {
        signal?.throwIfAborted();
        const wait = Number(
          await redis.eval(
            acquireScript,
            3,
            keys.log,
            keys.pause,
            `${keys.log}:pace`,
            max,
            window,
            randomUUID(),
            spacing,
            burst,
          ),
        );
        if (wait <= 0) return;
        await sleep(wait, signal);
      }
    },
  };
}
