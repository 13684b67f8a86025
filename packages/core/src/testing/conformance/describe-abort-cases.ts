import { expect, it, vi } from "vitest";
import { ProviderError } from "../../errors/provider-error.js";
import { conformanceRequest, personJson, scriptedUsage } from "./fixtures.js";
import { rejectionOf } from "./rejection-of.js";
import { pickMode, type SuiteContext } from "./suite-context.js";

/** Aborting rejects with the signal's reason, as `fetch` does, and never as a ProviderError. */
export function describeAbortCases(context: SuiteContext): void {
  const { harness, model } = context;
  const setup = (signal: AbortSignal) => {
    const adapter = harness.makeAdapter();
    const mode = pickMode(context, "md_json");
    return { adapter, request: conformanceRequest(adapter, mode, model, { signal }) };
  };

  it("complete() with an already aborted signal rejects with its reason", async () => {
    const controller = new AbortController();
    const reason = new Error("aborted before the call");
    controller.abort(reason);
    const { adapter, request } = setup(controller.signal);
    // Nothing is scripted: a request sent anyway gets the server's "no scripted reply" error.
    expect(await rejectionOf(adapter.complete(request))).toBe(reason);
  });

  it("complete() rejects with the abort reason while waiting for the answer", async () => {
    const controller = new AbortController();
    const { adapter, request } = setup(controller.signal);
    harness.script({ type: "hang" });
    const pending = rejectionOf(adapter.complete(request));
    // Abort once the request has reached the server: a request still on its way when the test
    // ends could take the next test's scripted reply.
    await vi.waitFor(() => harness.lastRequest());
    controller.abort();
    const error = await pending;
    expect(error).toBe(controller.signal.reason);
    expect(error).toMatchObject({ name: "AbortError" });
    expect(ProviderError.isInstance(error)).toBe(false);
  });

  it("stream() rejects with the abort reason in the middle of a stream", async () => {
    const controller = new AbortController();
    const { adapter, request } = setup(controller.signal);
    harness.script({
      type: "message",
      text: personJson.repeat(20),
      finishReason: "stop",
      usage: scriptedUsage,
      chunkSize: 4,
      chunkDelayMs: 20,
    });
    const reason = new Error("caller gave up");
    const error = await rejectionOf(
      (async () => {
        for await (const part of adapter.stream(request)) {
          if (part.type === "text-delta") controller.abort(reason);
        }
      })(),
    );
    expect(error).toBe(reason);
  });
}
