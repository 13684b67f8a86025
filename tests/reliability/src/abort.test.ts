import { describe, expect, it, vi } from "vitest";
import { expectAbortLike } from "./support/abort-like.js";
import { jsonAnswer, userCall } from "./support/fixtures.js";
import { useMockProvider } from "./support/mock-provider.js";
import { drain, elapsedSince, rejectionOf } from "./support/outcome.js";
import { sleep } from "./support/sleep.js";
import { expectNoUnhandledRejections } from "./support/unhandled-rejections.js";

expectNoUnhandledRejections();

// Every stage of a call can be cancelled: the call rejects promptly with the abort reason (an
// AbortError, or a TimeoutError for `timeoutMs`), and nothing more is sent afterwards.

describe.each(["cerebras", "openai"] as const)("abort and timeoutMs (%s SDK)", (dialect) => {
  const provider = useMockProvider(dialect);

  it("before the request: rejects at once and sends nothing", async () => {
    const controller = new AbortController();
    controller.abort();
    const start = performance.now();
    const error = await rejectionOf(
      provider.instructor().generate(userCall({ signal: controller.signal })),
    );
    // Loose bound: no request is made, so only a busy machine's scheduling can add time.
    expect(elapsedSince(start)).toBeLessThan(500);
    expectAbortLike(error, "AbortError");
    expect(provider.server.requests).toHaveLength(0);
  });

  it("timeoutMs: 0 rejects with a TimeoutError, at most the request already in flight", async () => {
    provider.server.setHandler(() => jsonAnswer());
    const error = await rejectionOf(provider.instructor().generate(userCall({ timeoutMs: 0 })));
    expectAbortLike(error, "TimeoutError");
    await sleep(50);
    expect(provider.server.requests.length).toBeLessThanOrEqual(1);
  });

  it("waiting for headers (a hung server): timeoutMs rejects on time with a TimeoutError", async () => {
    provider.server.enqueue({ type: "hang" });
    const start = performance.now();
    const error = await rejectionOf(provider.instructor().generate(userCall({ timeoutMs: 150 })));
    const elapsed = elapsedSince(start);
    expect(elapsed).toBeGreaterThanOrEqual(140);
    expect(elapsed).toBeLessThan(1000);
    expectAbortLike(error, "TimeoutError");
    expect(provider.server.requests).toHaveLength(1);
  });

  it("waiting for headers (a slow reply): the caller's abort rejects with an AbortError", async () => {
    provider.server.enqueue(jsonAnswer(undefined, { delayMs: 5000 }));
    const controller = new AbortController();
    const start = performance.now();
    const pending = rejectionOf(
      provider.instructor().generate(userCall({ signal: controller.signal })),
    );
    // Abort once the server holds the request (not after a fixed delay, which a loaded machine
    // can outrun).
    await vi.waitFor(() => expect(provider.server.requests).toHaveLength(1));
    controller.abort();
    const error = await pending;
    expect(elapsedSince(start)).toBeLessThan(1000);
    expectAbortLike(error, "AbortError");
    expect(provider.server.requests).toHaveLength(1);
  });

  it("mid-stream: aborting after the first snapshot ends the stream with an AbortError", async () => {
    provider.server.enqueue(
      jsonAnswer(
        { name: "Jason Bourne-Identity", age: 25 },
        // ~20 chunks 150 ms apart: the whole stream would take ~3 s.
        { stream: { chunkSize: 2, chunkDelayMs: 150 } },
      ),
    );
    const controller = new AbortController();
    let abortedAt = 0;
    const snapshots: unknown[] = [];
    const error = await rejectionOf(
      (async () => {
        const stream = provider
          .instructor()
          .generatePartial(userCall({ signal: controller.signal }));
        for await (const snapshot of stream) {
          snapshots.push(snapshot);
          if (abortedAt === 0) {
            abortedAt = performance.now();
            controller.abort();
          }
        }
      })(),
    );
    expect(elapsedSince(abortedAt)).toBeLessThan(1000);
    expectAbortLike(error, "AbortError");
    expect(snapshots).toHaveLength(1);
    expect(provider.server.requests).toHaveLength(1);
  });

  it("mid-stream: timeoutMs ends a slow stream with a TimeoutError", async () => {
    // ~15 chunks 200 ms apart (~3 s in all); the first snapshot is visible after ~2 chunks, well
    // before the 800 ms timeout, even on a loaded machine.
    provider.server.enqueue(
      jsonAnswer(
        { name: "Jason Bourne-Identity-Supremacy-Ultimatum", age: 25 },
        { stream: { chunkSize: 4, chunkDelayMs: 200 } },
      ),
    );
    const start = performance.now();
    const { yields, error } = await drain(
      provider.instructor().generatePartial(userCall({ timeoutMs: 800 })),
    );
    expect(elapsedSince(start)).toBeLessThan(2000);
    expectAbortLike(error, "TimeoutError");
    expect(yields.length).toBeGreaterThan(0);
    expect(provider.server.requests).toHaveLength(1);
  });

  it("between re-asks: an onRetry that aborts stops the call before the next request", async () => {
    provider.server.setHandler(() => jsonAnswer({ name: 1 }));
    const controller = new AbortController();
    const instructor = provider.instructor({
      retry: { maxRetries: 3, onRetry: () => controller.abort() },
    });
    const error = await rejectionOf(instructor.generate(userCall({ signal: controller.signal })));
    expectAbortLike(error, "AbortError");
    await sleep(50);
    expect(provider.server.requests).toHaveLength(1);
  });

  it("between transport retries (SDK backoff): rejects at once, no further request", async () => {
    provider.server.enqueue({ type: "error", status: 429, headers: { "retry-after-ms": "1000" } });
    provider.server.setHandler(() => jsonAnswer());
    const instructor = provider.instructor({ transport: { maxRetries: 2 } });
    const start = performance.now();
    const error = await rejectionOf(instructor.generate(userCall({ timeoutMs: 100 })));
    expect(elapsedSince(start)).toBeLessThan(900);
    expectAbortLike(error, "TimeoutError");
    // The SDK's backoff timer runs out later; it must not send the retry of an abandoned call.
    await sleep(1000);
    expect(provider.server.requests).toHaveLength(1);
  });
});
