import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { HookName } from "../instructor-types/hooks.js";
import { MockAdapter } from "../testing/mock-adapter.js";
import { toolCallResponse } from "../testing/mock-responses.js";
import type { AdapterResponse, ProviderAdapter } from "../types/adapter.js";
import { createInstructor } from "./create-instructor.js";

const base = { responseModel: z.object({ name: z.string() }), model: "m", prompt: "p" };
const never = () => new Promise<AdapterResponse>(() => undefined);

describe("abort and timeout", () => {
  it("rejects with the signal's reason before any request when already aborted", async () => {
    const adapter = new MockAdapter({ responses: [toolCallResponse("Response", { name: "x" })] });
    const controller = new AbortController();
    controller.abort();
    const error = await createInstructor({ adapter })
      .generate({ ...base, signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBe(controller.signal.reason);
    expect(error).toMatchObject({ name: "AbortError" });
    expect(adapter.requests).toHaveLength(0);
  });

  it("aborts a pending call, passes the signal to the adapter and makes no further attempt", async () => {
    const adapter = new MockAdapter({
      responses: [never, toolCallResponse("Response", { name: "x" })],
    });
    const controller = new AbortController();
    const events: HookName[] = [];
    const instructor = createInstructor({ adapter });
    instructor.on("completion:error", () => events.push("completion:error"));
    instructor.on("retry", () => events.push("retry"));
    const pending = instructor.generate({ ...base, signal: controller.signal });
    await Promise.resolve();
    const reason = new Error("user cancelled");
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    expect(adapter.requests).toHaveLength(1);
    expect(adapter.requests[0]?.signal?.aborted).toBe(true);
    expect(adapter.pending).toBe(1);
    expect(events).toEqual(["completion:error"]);
  });

  it("abandons an adapter that ignores its signal", async () => {
    const deaf: ProviderAdapter = {
      specificationVersion: "v2",
      provider: "deaf",
      defaultMode: "tools",
      supportedModes: ["tools"],
      inputKinds: () => ["text"],
      complete: never,
      stream: () => {
        throw new Error("unused");
      },
    };
    const controller = new AbortController();
    const pending = createInstructor({ adapter: deaf }).generate({
      ...base,
      signal: controller.signal,
    });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
  });

  it("rejects with a TimeoutError DOMException after timeoutMs", async () => {
    const adapter = new MockAdapter({ responses: [never] });
    const started = Date.now();
    const error = await createInstructor({ adapter })
      .generate({ ...base, timeoutMs: 20 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect(error).toMatchObject({
      name: "TimeoutError",
      message: expect.stringContaining("20 ms"),
    });
    // Loose bound: the timeout fired, not some much later cleanup.
    expect(Date.now() - started).toBeLessThan(2000);
    expect(adapter.requests[0]?.signal?.aborted).toBe(true);
  });

  it("rejects a bad timeoutMs before any request", async () => {
    const adapter = new MockAdapter();
    await expect(
      createInstructor({ adapter }).generate({ ...base, timeoutMs: -1 }),
    ).rejects.toThrow(/timeoutMs must be/);
    expect(adapter.requests).toHaveLength(0);
  });
});
