import { describe, expect, it } from "vitest";
import type { AdapterRequest, AdapterStreamPart } from "../types/adapter.js";
import { MockAdapter } from "./mock-adapter.js";
import { textResponse } from "./mock-responses.js";

const request = (signal?: AbortSignal): AdapterRequest => ({
  model: "m",
  mode: "json",
  messages: [{ role: "user", content: "hi" }],
  schema: { name: "R", jsonSchema: {} },
  ...(signal === undefined ? {} : { signal }),
});

async function collect(stream: AsyncIterable<AdapterStreamPart>): Promise<AdapterStreamPart[]> {
  const parts: AdapterStreamPart[] = [];
  for await (const part of stream) parts.push(part);
  return parts;
}

describe("MockAdapter", () => {
  it("plays the script in order and records every request", async () => {
    const adapter = new MockAdapter({ responses: [textResponse("a")] })
      .enqueueResponse((req) => textResponse(`echo ${req.model}`))
      .enqueueError(new Error("scripted"));
    expect((await adapter.complete(request())).text).toBe("a");
    expect((await adapter.complete(request())).text).toBe("echo m");
    await expect(adapter.complete(request())).rejects.toThrow("scripted");
    await expect(adapter.complete(request())).rejects.toThrow("call #4 has no scripted entry");
    expect(adapter.requests).toHaveLength(4);
  });

  it("streams scripted parts and refuses a mismatched call kind", async () => {
    const parts: AdapterStreamPart[] = [
      { type: "text-delta", delta: "{}" },
      { type: "finish", finishReason: "stop" },
    ];
    const adapter = new MockAdapter().enqueueStream(parts, { delayMs: 1 }).enqueueStream(parts);
    expect(await collect(adapter.stream(request()))).toEqual(parts);
    await expect(adapter.complete(request())).rejects.toThrow("found a scripted stream");
  });

  it("takes partial responses and fills the rest", async () => {
    const call = { id: "c1", name: "R", arguments: "{}" };
    const adapter = new MockAdapter({
      responses: [
        { text: "{}" },
        { toolCalls: [call] },
        { text: "{", finishReason: "length", raw: "wire" },
      ],
    });
    expect(await adapter.complete(request())).toEqual({
      text: "{}",
      toolCalls: [],
      finishReason: "stop",
      raw: { text: "{}" },
    });
    expect(await adapter.complete(request())).toMatchObject({
      text: null,
      toolCalls: [call],
      finishReason: "tool_calls",
    });
    expect(await adapter.complete(request())).toMatchObject({
      finishReason: "length",
      raw: "wire",
    });
  });

  it("answers complete() and stream() from their own queues; an error answers the next call", async () => {
    const parts: AdapterStreamPart[] = [{ type: "finish", finishReason: "stop" }];
    const adapter = new MockAdapter({ responses: [{ text: "a" }], streams: [parts] });
    expect(await collect(adapter.stream(request()))).toEqual(parts);
    expect((await adapter.complete(request())).text).toBe("a");
    adapter.enqueueResponse({ text: "b" }).enqueueError(new Error("scripted")).enqueueStream(parts);
    await expect(collect(adapter.stream(request()))).rejects.toThrow("scripted");
    expect((await adapter.complete(request())).text).toBe("b");
    await expect(adapter.complete(request())).rejects.toThrow(
      "call #5 has no scripted response; found a scripted stream",
    );
    expect(await collect(adapter.stream(request()))).toEqual(parts);
    expect(adapter.pending).toBe(0);
  });

  it("rejects with the abort reason, before or while waiting", async () => {
    const adapter = new MockAdapter()
      .enqueueResponse(() => new Promise(() => undefined))
      .enqueueStream([{ type: "text-delta", delta: "x" }], { delayMs: 1000 });
    const controller = new AbortController();
    const pending = adapter.complete(request(controller.signal));
    const reason = new Error("stop");
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    const streaming = new AbortController();
    const iteration = collect(adapter.stream(request(streaming.signal)));
    streaming.abort(reason);
    await expect(iteration).rejects.toBe(reason);
    await expect(adapter.complete(request(controller.signal))).rejects.toBe(reason);
  });

  it("has sensible defaults", () => {
    const adapter = new MockAdapter();
    expect(adapter).toMatchObject({
      specificationVersion: "v2",
      provider: "mock",
      defaultMode: "tools",
    });
    expect(adapter.supportedModes).toEqual(["tools", "json", "json_schema", "md_json"]);
    expect(adapter.transformSchema).toBeUndefined();
  });
});
