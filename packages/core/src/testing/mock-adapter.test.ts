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
      specificationVersion: "v1",
      provider: "mock",
      defaultMode: "tools",
    });
    expect(adapter.supportedModes).toEqual(["tools", "json", "json_schema", "md_json"]);
    expect(adapter.transformSchema).toBeUndefined();
  });
});
