import { describe, expect, it } from "vitest";
import { ProviderError } from "../errors/provider-error.js";
import { rejectionOf } from "../testing/conformance/rejection-of.js";
import { callProvider, type ProviderCallOptions } from "./call-provider.js";

const options = (signal?: AbortSignal): ProviderCallOptions => ({
  signal,
  toError: (error) =>
    new ProviderError(`acme: ${String(error)}`, { provider: "acme", isRetryable: true }),
});

describe("callProvider", () => {
  it("resolves with what the call resolves with", async () => {
    expect(await callProvider(async () => 42, options())).toBe(42);
  });

  it("maps a failure, thrown or rejected, with toError", async () => {
    const rejected = await rejectionOf(
      callProvider(() => Promise.reject(new Error("503")), options()),
    );
    expect(rejected).toBeInstanceOf(ProviderError);
    expect(rejected).toMatchObject({ message: "acme: Error: 503" });
    const thrown = await rejectionOf(
      callProvider(() => {
        throw new Error("bad body");
      }, options()),
    );
    expect(thrown).toMatchObject({ message: "acme: Error: bad body" });
  });

  it("rejects with the signal's reason when the request was aborted", async () => {
    const controller = new AbortController();
    const reason = new Error("caller gave up");
    controller.abort(reason);
    const rejected = await rejectionOf(
      callProvider(
        () => Promise.reject(new Error("APIUserAbortError")),
        options(controller.signal),
      ),
    );
    expect(rejected).toBe(reason);
  });
});
