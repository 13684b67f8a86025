import { ProviderError } from "@instr/core";
import { describe, expect, it } from "vitest";
import { JASON, jsonAnswer, userCall } from "./support/fixtures.js";
import { useMockProvider } from "./support/mock-provider.js";
import { rejectionOf } from "./support/outcome.js";
import { expectNoUnhandledRejections } from "./support/unhandled-rejections.js";

expectNoUnhandledRejections();

// Transport retries (429, 5xx) belong to the SDK: it waits as `retry-after` says (or backs off
// exponentially), up to its own `maxRetries`. Core does not retry a ProviderError again.

/** Milliseconds between consecutive recorded requests. */
function gaps(receivedAt: readonly number[]): number[] {
  return receivedAt.slice(1).map((at, i) => at - (receivedAt[i] ?? at));
}

describe.each(["cerebras", "openai"] as const)("transport retries (%s SDK)", (dialect) => {
  const provider = useMockProvider(dialect);

  it("429 with retry-after: 1 waits about a second, then the retry succeeds", async () => {
    provider.server.enqueue(
      { type: "error", status: 429, headers: { "retry-after": "1" } },
      jsonAnswer(),
    );
    const instructor = provider.instructor({ transport: { maxRetries: 2 } });
    await expect(instructor.generate(userCall())).resolves.toEqual(JASON);
    const times = provider.server.requests.map((r) => r.receivedAt);
    expect(times).toHaveLength(2);
    const [wait] = gaps(times);
    expect(wait).toBeGreaterThanOrEqual(950);
    expect(wait).toBeLessThan(3000);
  });

  it("503 with retry-after-ms is retried at that pace until it succeeds", async () => {
    const busy = { type: "error", status: 503, headers: { "retry-after-ms": "150" } } as const;
    provider.server.enqueue(busy, busy, jsonAnswer());
    const instructor = provider.instructor({ transport: { maxRetries: 2 } });
    await expect(instructor.generate(userCall())).resolves.toEqual(JASON);
    const waits = gaps(provider.server.requests.map((r) => r.receivedAt));
    expect(waits).toHaveLength(2);
    for (const wait of waits) {
      expect(wait).toBeGreaterThanOrEqual(140);
      expect(wait).toBeLessThan(1500);
    }
  });

  it("500 without a hint backs off (about 0.5 s, jittered) before the retry", async () => {
    provider.server.enqueue({ type: "error", status: 500 }, jsonAnswer());
    const instructor = provider.instructor({ transport: { maxRetries: 1 } });
    await expect(instructor.generate(userCall())).resolves.toEqual(JASON);
    const [wait] = gaps(provider.server.requests.map((r) => r.receivedAt));
    // Both SDKs start at 0.5 s and take off at most 25 % jitter.
    expect(wait).toBeGreaterThanOrEqual(350);
    expect(wait).toBeLessThan(2000);
  });

  it("is bounded: after maxRetries the last 5xx surfaces as a retryable ProviderError", async () => {
    provider.server.setHandler(() => ({
      type: "error",
      status: 503,
      message: "overloaded, try later",
      headers: { "retry-after-ms": "20" },
    }));
    const instructor = provider.instructor({ transport: { maxRetries: 2 } });
    const error = await rejectionOf(instructor.generate(userCall()));
    expect(provider.server.requests).toHaveLength(3);
    expect(ProviderError.isInstance(error)).toBe(true);
    if (!ProviderError.isInstance(error)) return;
    expect(error.status).toBe(503);
    expect(error.isRetryable).toBe(true);
    expect(error.message).toContain("overloaded, try later");
    expect(error.headers["retry-after-ms"]).toBe("20");
  });

  it.each([400, 401, 403, 404, 422])(
    "%i is never retried and carries the provider's message",
    async (status) => {
      const message = `provider says no (${status})`;
      provider.server.enqueue({ type: "error", status, message });
      // A generous transport budget: it must not be spent on a client error.
      const instructor = provider.instructor({ transport: { maxRetries: 3 }, maxRetries: 2 });
      const error = await rejectionOf(instructor.generate(userCall()));
      expect(provider.server.requests).toHaveLength(1);
      expect(ProviderError.isInstance(error)).toBe(true);
      if (!ProviderError.isInstance(error)) return;
      expect(error.status).toBe(status);
      expect(error.isRetryable).toBe(false);
      expect(error.provider).toBe(dialect);
      expect(error.message).toContain(message);
    },
  );
});
