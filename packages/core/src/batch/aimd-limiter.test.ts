import { describe, expect, it } from "vitest";
import { InstructorError } from "../errors/instructor-error.js";
import { AimdLimiter } from "./aimd-limiter.js";

describe("AimdLimiter", () => {
  it("starts at the maximum and rejects a bad maximum", () => {
    expect(new AimdLimiter(8).limit).toBe(8);
    expect(() => new AimdLimiter(0)).toThrow(InstructorError);
    expect(() => new AimdLimiter(2.5)).toThrow("concurrency must be an integer >= 1, got 2.5.");
  });

  it("halves once per wave of rate limits, down to 1", () => {
    const limiter = new AimdLimiter(16);
    const epoch = limiter.epoch;
    // Eight requests of the same wave all get a 429: one halving.
    for (let i = 0; i < 8; i++) limiter.onRateLimit(epoch, 0, 100);
    expect(limiter.limit).toBe(8);
    limiter.onRateLimit(limiter.epoch, 0, 100);
    expect(limiter.limit).toBe(4);
    limiter.onRateLimit(limiter.epoch, 0, 100);
    limiter.onRateLimit(limiter.epoch, 0, 100);
    limiter.onRateLimit(limiter.epoch, 0, 100);
    expect(limiter.limit).toBe(1);
  });

  it("grows back by one per window of successes, never above the maximum", () => {
    const limiter = new AimdLimiter(8);
    limiter.onRateLimit(limiter.epoch, 0, 0);
    expect(limiter.limit).toBe(4);
    for (let i = 0; i < 3; i++) limiter.onSuccess();
    expect(limiter.limit).toBe(4);
    limiter.onSuccess();
    expect(limiter.limit).toBe(5);
    for (let i = 0; i < 100; i++) limiter.onSuccess();
    expect(limiter.limit).toBe(8);
  });

  it("pauses until the latest deadline", () => {
    const limiter = new AimdLimiter(4);
    expect(limiter.pauseRemaining(1000)).toBe(0);
    limiter.onRateLimit(limiter.epoch, 1000, 2000);
    limiter.onRateLimit(limiter.epoch, 1500, 500);
    expect(limiter.pauseRemaining(1500)).toBe(1500);
    expect(limiter.pauseRemaining(3000)).toBe(0);
  });
});
