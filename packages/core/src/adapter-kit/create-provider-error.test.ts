import { describe, expect, it } from "vitest";
import { ProviderError } from "../errors/provider-error.js";
import { createProviderError } from "./create-provider-error.js";

const apiKey = "sk-test-0123456789abcdef";

describe("createProviderError", () => {
  it("prefixes provider and status, and retries 408/409/429/5xx and no response", () => {
    for (const [status, retryable] of [
      [400, false],
      [408, true],
      [409, true],
      [422, false],
      [429, true],
      [500, true],
      [undefined, true],
    ] as const) {
      const error = createProviderError({ provider: "acme", status, message: "no", apiKey });
      expect(ProviderError.isInstance(error)).toBe(true);
      expect(error.message).toBe(status === undefined ? "acme: no" : `acme: ${status} no`);
      expect(error.isRetryable).toBe(retryable);
    }
  });

  it("says a request without an answer failed, with its cause's message and no key", () => {
    const cause = new TypeError("connect ECONNREFUSED sk-secret-0123456789abcdef");
    const error = createProviderError({
      provider: "acme",
      apiKey: "sk-secret-0123456789abcdef",
      cause,
    });
    expect(error.message).toBe("acme: request failed: connect ECONNREFUSED [redacted]");
    expect(error.isRetryable).toBe(true);
    expect(
      createProviderError({ provider: "acme", apiKey: null, cause: "socket hang up" }).message,
    ).toBe("acme: request failed: socket hang up");
  });

  it("keeps only the retry headers, and x-should-retry wins over the status", () => {
    const headers = new Headers({
      "retry-after": "7",
      "anthropic-ratelimit-requests-remaining": "0",
      "x-should-retry": "false",
      "set-cookie": "a=b",
    });
    const error = createProviderError({
      provider: "acme",
      status: 503,
      message: "x",
      headers,
      apiKey,
    });
    expect(error.headers).toEqual({
      "retry-after": "7",
      "anthropic-ratelimit-requests-remaining": "0",
      "x-should-retry": "false",
    });
    expect(error.isRetryable).toBe(false);
  });

  it("takes the key (and key-shaped tokens) out of the message and the cause chain", () => {
    const cause = new Error(`bad key ${apiKey}`, { cause: new Error(`also csk-abcdefghijklmnop`) });
    const error = createProviderError({
      provider: "acme",
      status: 401,
      message: `Incorrect API key ${apiKey}`,
      apiKey,
      cause,
      partialText: "ab",
    });
    expect(error.message).toBe("acme: 401 Incorrect API key [redacted]");
    expect(cause.message).toBe("bad key [redacted]");
    expect((cause.cause as Error).message).toBe("also [redacted]");
    expect(error).toMatchObject({ partialText: "ab", cause });
  });
});
