import type { RecordedRequest } from "@instr/mock-server";
import { describe, expect, it } from "vitest";
import { rateLimitedHandler } from "./rate-limited-handler.js";

const request: RecordedRequest = {
  method: "POST",
  path: "/v1/chat/completions",
  headers: {},
  body: undefined,
  rawBody: "",
  receivedAt: 0,
};

describe("rateLimitedHandler", () => {
  it("accepts a burst, then answers 429 with the wait until the next token", async () => {
    const { handler, counts } = rateLimitedHandler(
      { ratePerSecond: 10, burst: 2, latencyMs: 5 },
      { type: "message", content: "{}" },
    );
    expect(await handler(request)).toEqual({ type: "message", content: "{}", delayMs: 5 });
    await handler(request);
    const limited = await handler(request);
    expect(limited).toMatchObject({ type: "error", status: 429 });
    const wait = limited.type === "error" ? Number(limited.headers?.["retry-after-ms"]) : NaN;
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(100);
    expect(counts).toEqual({ accepted: 2, limited: 1 });
  });
});
