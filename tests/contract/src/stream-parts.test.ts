import { createInstructor, IncompleteOutputError, Mode, ProviderError } from "@instr/core";
import type { AdapterStreamPart } from "@instr/core/adapter";
import { MockAdapter } from "@instr/core/testing";
import { describe, expect, it } from "vitest";
import { jason, model, User } from "./support/fixtures.js";
import { collect, textParts } from "./support/streams.js";

// The spec's AdapterStreamPart (docs/adapter-spec.md): every part kind, assembled by core.
describe("stream parts", () => {
  it("tool-call-delta: id and name first, then argument pieces; reasoning never leaks into the value", async () => {
    const parts: AdapterStreamPart[] = [
      { type: "reasoning-delta", delta: 'thinking {"name":"Wrong"}' },
      { type: "tool-call-delta", index: 0, id: "call_1", name: "User", argumentsDelta: "" },
      { type: "tool-call-delta", index: 0, argumentsDelta: '{"name":"Ja' },
      { type: "tool-call-delta", index: 0, argumentsDelta: 'son","age":2' },
      { type: "tool-call-delta", index: 0, argumentsDelta: "5}" },
      {
        type: "finish",
        finishReason: "tool_calls",
        usage: { promptTokens: 1, completionTokens: 2, totalTokens: 3 },
      },
    ];
    const adapter = new MockAdapter({ streams: [parts] });
    const client = createInstructor({ adapter, mode: Mode.TOOLS, maxRetries: 0 });
    // The tool is `schema.name`; the spec leaves its source open, zod's `title` metadata names it.
    const NamedUser = User.meta({ title: "User" });
    const snapshots = await collect(
      client.generatePartial({ responseModel: NamedUser, model, prompt: "p" }),
    );
    expect(adapter.requests[0]?.schema.name).toBe("User");
    expect(snapshots[0]).toEqual({ name: "Ja" });
    expect(snapshots).toContainEqual({ name: "Jason", age: 2 });
    expect(snapshots.at(-1)).toEqual(jason);
    expect(snapshots.some((s) => s.name === "Wrong")).toBe(false);
  });

  it("a finish of length while streaming is IncompleteOutputError, after the snapshots so far", async () => {
    const adapter = new MockAdapter({
      streams: [
        [
          { type: "text-delta", delta: '{"name":"Ja' },
          { type: "finish", finishReason: "length" },
        ],
      ],
    });
    const client = createInstructor({ adapter, mode: Mode.JSON });
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const s of client.generatePartial({ responseModel: User, model, prompt: "p" }))
        seen.push(s);
    })().catch((e: unknown) => e);
    expect(IncompleteOutputError.isInstance(error)).toBe(true);
    expect(seen).toEqual([{ name: "Ja" }]);
  });

  it("a provider error mid-stream reaches the caller as is", async () => {
    const adapter = new MockAdapter();
    adapter.enqueueError(new ProviderError("reset", { provider: "mock", isRetryable: true }));
    const client = createInstructor({ adapter, mode: Mode.JSON });
    const error = await collect(
      client.generatePartial({ responseModel: User, model, prompt: "p" }),
    ).catch((e: unknown) => e);
    expect(ProviderError.isInstance(error)).toBe(true);
    expect(adapter.requests).toHaveLength(1);
  });

  it("aborting the signal ends a stream in progress", async () => {
    const adapter = new MockAdapter().enqueueStream(
      textParts(['{"name":', '"Jason",', '"age":25}']),
      {
        delayMs: 50,
      },
    );
    const client = createInstructor({ adapter, mode: Mode.JSON });
    const controller = new AbortController();
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const s of client.generatePartial({
        responseModel: User,
        model,
        prompt: "p",
        signal: controller.signal,
      })) {
        seen.push(s);
        controller.abort(new Error("user cancelled"));
      }
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(seen.length).toBeLessThan(3);
  });

  it("usage is summed over streamed attempts (generateWithCompletion's usage, RetryError's usage)", async () => {
    const usage = { promptTokens: 1, completionTokens: 1, totalTokens: 2 };
    const adapter = new MockAdapter({
      streams: [textParts(['{"name":"Jason"}'], usage), textParts(['{"name":"Jason"}'], usage)],
    });
    const client = createInstructor({ adapter, mode: Mode.JSON, maxRetries: 1 });
    const error = await collect(
      client.generatePartial({ responseModel: User, model, prompt: "p" }),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "RetryError",
      usage: { promptTokens: 2, completionTokens: 2, totalTokens: 4 },
    });
  });
});
