import { describe, expect, it } from "vitest";
import { IncompleteOutputError } from "../errors/incomplete-output-error.js";
import { ProviderError } from "../errors/provider-error.js";
import type { AdapterStreamPart } from "../types/adapter.js";
import { guardStream, type StreamGuardOptions } from "./guard-stream.js";

const finish: AdapterStreamPart = { type: "finish", finishReason: "stop" };

function options(signal?: AbortSignal): StreamGuardOptions {
  return {
    provider: "acme",
    signal,
    toError: (error, partialText) =>
      new ProviderError(`acme: broke: ${String(error)}`, {
        provider: "acme",
        isRetryable: true,
        ...(partialText === undefined ? {} : { partialText }),
      }),
  };
}

async function* parts(
  list: AdapterStreamPart[],
  end?: () => unknown,
): AsyncGenerator<AdapterStreamPart> {
  yield* list;
  if (end !== undefined) throw end();
}

async function collect(stream: AsyncIterable<AdapterStreamPart>): Promise<AdapterStreamPart[]> {
  const out: AdapterStreamPart[] = [];
  for await (const part of stream) out.push(part);
  return out;
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => e,
  );

describe("guardStream", () => {
  it("passes a finished stream through, the finish part last and nothing after it", async () => {
    const text: AdapterStreamPart = { type: "text-delta", delta: "{}" };
    expect(await collect(guardStream(parts([text, finish, text]), options()))).toEqual([
      text,
      finish,
    ]);
  });

  it("turns a stream that ends without a finish part into IncompleteOutputError", async () => {
    const error = await failure(
      collect(guardStream(parts([{ type: "text-delta", delta: '{"a":' }]), options())),
    );
    expect(IncompleteOutputError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ rawText: '{"a":' });
  });

  it("maps a read failure with toError and the text received so far (else tool arguments)", async () => {
    const text = parts([{ type: "text-delta", delta: "ab" }], () => new TypeError("reset"));
    expect(await failure(collect(guardStream(text, options())))).toMatchObject({
      message: "acme: broke: TypeError: reset",
      partialText: "ab",
    });
    const tool = parts(
      [{ type: "tool-call-delta", index: 0, id: "c", name: "T", argumentsDelta: '{"x"' }],
      () => new TypeError("reset"),
    );
    expect(await failure(collect(guardStream(tool, options())))).toMatchObject({
      partialText: '{"x"',
    });
  });

  it("gives a ProviderError thrown by the parts (an error event) the partial text", async () => {
    const event = new ProviderError("acme: stream error: overloaded", {
      provider: "acme",
      status: 529,
      isRetryable: true,
    });
    const error = await failure(
      collect(
        guardStream(
          parts([{ type: "text-delta", delta: "ab" }], () => event),
          options(),
        ),
      ),
    );
    expect(error).toMatchObject({ message: event.message, status: 529, partialText: "ab" });
  });

  it("rejects with the abort reason, also when the source ends quietly after the abort", async () => {
    const controller = new AbortController();
    const reason = new Error("stop");
    async function* quiet(): AsyncGenerator<AdapterStreamPart> {
      yield { type: "text-delta", delta: "a" };
      controller.abort(reason);
    }
    expect(await failure(collect(guardStream(quiet(), options(controller.signal))))).toBe(reason);
  });
});
