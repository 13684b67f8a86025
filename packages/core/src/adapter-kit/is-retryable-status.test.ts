import { describe, expect, it } from "vitest";
import { isRetryableStatus } from "./is-retryable-status.js";

describe("isRetryableStatus", () => {
  it.each([408, 409, 429, 500, 502, 503, 529])("retries %i", (status) => {
    expect(isRetryableStatus(status)).toBe(true);
  });

  it.each([400, 401, 403, 404, 413, 422])("never retries %i", (status) => {
    expect(isRetryableStatus(status)).toBe(false);
  });

  it("retries a request that got no response at all", () => {
    expect(isRetryableStatus(undefined)).toBe(true);
  });
});
