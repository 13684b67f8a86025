import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ProviderError } from "../errors/provider-error.js";
import { RetryError } from "../errors/retry-error.js";
import { createInstructor } from "../instructor/create-instructor.js";
import type { ModeFallbackEvent } from "../instructor-types/hooks.js";
import { MockAdapter } from "../testing/mock-adapter.js";
import type { AdapterRequest, AdapterStreamPart } from "../types/adapter.js";
import { Mode } from "../types/mode.js";

const base = { responseModel: z.object({ name: z.string() }), model: "m1", prompt: "Jason" };

function rejection(message = "tool_choice is not supported for this model", status = 400) {
  return new ProviderError(`API error ${status}: ${message}`, {
    provider: "mock",
    status,
    isRetryable: status === 429 || status >= 500,
  });
}

/** An adapter that rejects `rejected` with `error` and answers every other mode with `answer`. */
function rejectingAdapter(rejected: Mode, error = rejection()) {
  const adapter = new MockAdapter();
  const answer = '{"name":"Jason"}';
  const reply = (request: AdapterRequest) => {
    if (request.mode === rejected) throw error;
    return request.mode === Mode.TOOLS
      ? { toolCalls: [{ id: "c", name: request.schema.name, arguments: answer }] }
      : { text: answer };
  };
  adapter.complete = async (request) => {
    adapter.requests.push(request);
    const init = reply(request);
    return {
      text: init.text ?? null,
      toolCalls: init.toolCalls ?? [],
      finishReason: "stop",
      raw: init,
    };
  };
  adapter.stream = async function* (request): AsyncGenerator<AdapterStreamPart> {
    adapter.requests.push(request);
    const init = reply(request);
    const call = init.toolCalls?.[0];
    if (call === undefined) yield { type: "text-delta", delta: init.text ?? "" };
    else yield { type: "tool-call-delta", index: 0, ...call, argumentsDelta: call.arguments };
    yield { type: "finish", finishReason: "stop" };
  };
  return adapter;
}

describe("mode fallback", () => {
  it("sends the same attempt again in the next mode, then goes straight there", async () => {
    const adapter = rejectingAdapter(Mode.TOOLS);
    const instructor = createInstructor({ adapter, mode: Mode.TOOLS, maxRetries: 0 });
    const events: ModeFallbackEvent[] = [];
    instructor.on("mode:fallback", (event) => events.push(event));
    const attempts: number[] = [];
    instructor.on("completion:kwargs", ({ attempt }) => attempts.push(attempt));
    const errors: unknown[] = [];
    instructor.on("completion:error", ({ error }) => errors.push(error));
    const result = await instructor.generateWithCompletion(base);
    expect(result).toMatchObject({ data: { name: "Jason" }, attempts: 1 });
    await expect(instructor.generate(base)).resolves.toEqual({ name: "Jason" });
    expect(adapter.requests.map((r) => r.mode)).toEqual(["tools", "json", "json"]);
    expect(attempts).toEqual([1, 1, 1]);
    expect(errors).toEqual([]);
    expect(events).toEqual([
      {
        from: "tools",
        to: "json",
        provider: "mock",
        model: "m1",
        message: "API error 400: tool_choice is not supported for this model",
        error: expect.any(ProviderError),
        attempt: 1,
        stream: false,
      },
    ]);
    // The JSON request is a first attempt written for JSON: the schema in the system message.
    expect(adapter.requests[1]?.messages[0]?.content).toContain("JSON Schema");
  });

  it("remembers per model and shares it with with() clients", async () => {
    const adapter = rejectingAdapter(Mode.JSON_SCHEMA, rejection("response_format is invalid"));
    const instructor = createInstructor({ adapter, mode: Mode.JSON_SCHEMA });
    await instructor.generate(base);
    await instructor.with({ maxRetries: 1 }).generate(base);
    await instructor.generate({ ...base, model: "m2" });
    expect(adapter.requests.map((r) => `${r.model}:${r.mode}`)).toEqual([
      "m1:json_schema",
      "m1:tools",
      "m1:tools",
      "m2:json_schema",
      "m2:tools",
    ]);
    // A fresh client has learned nothing.
    await createInstructor({ adapter, mode: Mode.JSON_SCHEMA }).generate(base);
    expect(adapter.requests.at(-2)?.mode).toBe("json_schema");
  });

  it("falls back before a stream's first part, and a stream-only rejection stays with streams", async () => {
    const streaming = rejection("Streaming is not supported with json_schema");
    const adapter = rejectingAdapter(Mode.JSON_SCHEMA, streaming);
    const instructor = createInstructor({ adapter, mode: Mode.JSON_SCHEMA });
    const snapshots = [];
    for await (const snapshot of instructor.generatePartial(base)) snapshots.push(snapshot);
    expect(snapshots.at(-1)).toEqual({ name: "Jason" });
    for await (const _ of instructor.generatePartial(base)) {
      // drain
    }
    expect(adapter.requests.map((r) => r.mode)).toEqual(["json_schema", "tools", "tools"]);
    // A whole request was never rejected for its mode: it still starts in JSON_SCHEMA.
    adapter.complete = async (request) => {
      adapter.requests.push(request);
      return { text: '{"name":"W"}', toolCalls: [], finishReason: "stop", raw: null };
    };
    await expect(instructor.generate(base)).resolves.toEqual({ name: "W" });
    expect(adapter.requests.at(-1)?.mode).toBe("json_schema");
  });

  it("is off with modeFallback: false on the client, with() or the call", async () => {
    const error = rejection();
    const adapter = rejectingAdapter(Mode.TOOLS, error);
    const on = createInstructor({ adapter, mode: Mode.TOOLS });
    const off = createInstructor({ adapter, mode: Mode.TOOLS, modeFallback: false });
    await expect(off.generate(base)).rejects.toBe(error);
    await expect(on.with({ modeFallback: false }).generate(base)).rejects.toBe(error);
    await expect(on.generate({ ...base, modeFallback: false })).rejects.toBe(error);
    // Nothing was learned while it was off, and `false` ignores what was learned.
    await on.generate(base);
    await expect(on.generate({ ...base, modeFallback: false })).rejects.toBe(error);
    await expect(off.with({ modeFallback: true }).generate(base)).resolves.toBeDefined();
    expect(adapter.requests.map((r) => r.mode)).toEqual([
      "tools",
      "tools",
      "tools",
      "tools",
      "json",
      "tools",
      "tools",
      "json",
    ]);
  });

  it("never falls back on 401, 429 or 5xx, and rejects with the error when no mode is left", async () => {
    for (const status of [401, 429, 500]) {
      const error = rejection("tool_choice is not supported", status);
      const adapter = rejectingAdapter(Mode.TOOLS, error);
      await expect(createInstructor({ adapter, mode: Mode.TOOLS }).generate(base)).rejects.toBe(
        error,
      );
      expect(adapter.requests).toHaveLength(1);
    }
    const error = rejection();
    const adapter = rejectingAdapter(Mode.TOOLS, error);
    const only = new MockAdapter({ supportedModes: [Mode.TOOLS] });
    only.complete = adapter.complete;
    await expect(createInstructor({ adapter: only }).generate(base)).rejects.toBe(error);
  });

  it("is not a re-ask: a later invalid answer still gets the whole retry budget", async () => {
    const adapter = new MockAdapter({ defaultMode: Mode.TOOLS });
    adapter.enqueueError(rejection());
    adapter.enqueueResponse({ text: "{bad" });
    adapter.enqueueResponse({ text: '{"name":"ok"}' });
    const instructor = createInstructor({ adapter, maxRetries: 1 });
    await expect(instructor.generateWithCompletion(base)).resolves.toMatchObject({ attempts: 2 });
    expect(adapter.requests.map((r) => r.mode)).toEqual(["tools", "json", "json"]);
    adapter.enqueueResponse({ text: "{bad" });
    await expect(instructor.generate({ ...base, maxRetries: 0 })).rejects.toBeInstanceOf(
      RetryError,
    );
  });
});
