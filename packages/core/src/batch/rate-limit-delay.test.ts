import { describe, expect, it } from "vitest";
import { rateLimitDelayMs } from "./rate-limit-delay.js";

const now = Date.parse("2025-01-01T00:00:00Z");

describe("rateLimitDelayMs", () => {
  it("reads retry-after in seconds, case-insensitively", () => {
    expect(rateLimitDelayMs({ "Retry-After": "2" }, now)).toBe(2000);
    expect(rateLimitDelayMs({ "retry-after": "0.5" }, now)).toBe(500);
  });

  it("reads retry-after as an HTTP date, never negative", () => {
    expect(rateLimitDelayMs({ "retry-after": "Wed, 01 Jan 2025 00:00:03 GMT" }, now)).toBe(3000);
    expect(rateLimitDelayMs({ "retry-after": "Tue, 31 Dec 2024 23:59:00 GMT" }, now)).toBe(0);
  });

  it("prefers retry-after-ms", () => {
    expect(rateLimitDelayMs({ "retry-after-ms": "250", "retry-after": "9" }, now)).toBe(250);
  });

  it.each([
    [
      "waits for the exhausted Cerebras window, not the daily one",
      {
        "x-ratelimit-remaining-requests-day": "999997455",
        "x-ratelimit-remaining-tokens-minute": "0",
        "x-ratelimit-reset-requests-day": "33011.38",
        "x-ratelimit-reset-tokens-minute": "11.5",
      },
      11_500,
    ],
    [
      "takes the earliest Cerebras reset when no window reports exhaustion",
      { "x-ratelimit-reset-requests-day": "33011", "x-ratelimit-reset-tokens-minute": "7" },
      7000,
    ],
    [
      "waits for the exhausted Anthropic window (RFC 3339 resets), not the others",
      {
        "anthropic-ratelimit-requests-remaining": "49",
        "anthropic-ratelimit-requests-reset": "2025-01-01T00:00:01Z",
        "anthropic-ratelimit-input-tokens-remaining": "0",
        "anthropic-ratelimit-input-tokens-reset": "2025-01-01T00:00:12.5Z",
        "anthropic-ratelimit-output-tokens-remaining": "8000",
        "anthropic-ratelimit-output-tokens-reset": "2025-01-01T00:00:03Z",
      },
      12_500,
    ],
    [
      "takes the earliest Anthropic reset when no window is exhausted",
      {
        "anthropic-ratelimit-tokens-remaining": "10",
        "anthropic-ratelimit-tokens-reset": "2025-01-01T00:00:04Z",
        "anthropic-ratelimit-requests-reset": "2025-01-01T00:00:09Z",
      },
      4000,
    ],
    [
      "reads OpenAI's duration resets, waiting for the exhausted window",
      {
        "x-ratelimit-remaining-requests": "499",
        "x-ratelimit-reset-requests": "120ms",
        "x-ratelimit-remaining-tokens": "0",
        "x-ratelimit-reset-tokens": "1m2.5s",
      },
      62_500,
    ],
  ])("%s", (_name, headers: Record<string, string>, delayMs) => {
    expect(rateLimitDelayMs(headers, now)).toBe(delayMs);
  });

  it("reads an Anthropic reset in the past as 0 and an unreadable one as no delay", () => {
    const past = { "anthropic-ratelimit-tokens-reset": "2024-12-31T23:59:00Z" };
    expect(rateLimitDelayMs(past, now)).toBe(0);
    expect(rateLimitDelayMs({ "anthropic-ratelimit-tokens-reset": "soon" }, now)).toBeUndefined();
  });

  it("reads an OpenAI reset in hours, and an unreadable one as no delay", () => {
    expect(rateLimitDelayMs({ "x-ratelimit-reset-tokens": "1h0m0s" }, now)).toBe(3_600_000);
    expect(rateLimitDelayMs({ "x-ratelimit-reset-tokens": "6 minutes" }, now)).toBeUndefined();
  });

  it("is undefined without usable headers", () => {
    expect(rateLimitDelayMs({}, now)).toBeUndefined();
    expect(rateLimitDelayMs({ "retry-after": "soon" }, now)).toBeUndefined();
  });
});
