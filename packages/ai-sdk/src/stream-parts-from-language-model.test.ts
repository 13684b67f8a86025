import {
  InvalidResponseDataError,
  type LanguageModelV3FinishReason,
  type LanguageModelV3StreamPart,
} from "@ai-sdk/provider";
import { type AdapterStreamPart, IncompleteOutputError, Mode } from "@instr/core/adapter";
import { MockLanguageModelV3 } from "ai/test";
import { describe, expect, it } from "vitest";
import { languageModelAdapter } from "./language-model-adapter.js";

const usage = {
  inputTokens: { total: 3, noCache: undefined, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 2, text: undefined, reasoning: undefined },
};
const text: LanguageModelV3StreamPart[] = [
  { type: "text-start", id: "t" },
  { type: "text-delta", id: "t", delta: '{"name":' },
  { type: "text-delta", id: "t", delta: '"Ana"}' },
];
const finish = (finishReason: LanguageModelV3FinishReason): LanguageModelV3StreamPart => ({
  type: "finish",
  finishReason,
  usage,
});

/** Streams `parts` through the bridge; what it yielded and what it threw. */
async function run(parts: LanguageModelV3StreamPart[]) {
  const model = new MockLanguageModelV3({ doStream: { stream: ReadableStream.from(parts) } });
  const seen: AdapterStreamPart[] = [];
  const stream = languageModelAdapter(model).stream({
    model: "m",
    mode: Mode.JSON,
    messages: [{ role: "user", content: "hi" }],
    schema: { name: "User", jsonSchema: { type: "object" } },
  });
  try {
    for await (const part of stream) seen.push(part);
    return { seen, error: undefined };
  } catch (error) {
    return { seen, error };
  }
}

describe("stream parts from an AI SDK model", () => {
  it("ends with the finish part, usage mapped", async () => {
    const { seen, error } = await run([...text, finish({ unified: "stop", raw: "stop" })]);
    expect(error).toBeUndefined();
    expect(seen.at(-1)).toEqual({
      type: "finish",
      finishReason: "stop",
      usage: { promptTokens: 3, completionTokens: 2, totalTokens: 5 },
    });
  });

  it("takes a unified reason without a raw one as reported", async () => {
    const { error } = await run([...text, finish({ unified: "length", raw: undefined })]);
    expect(error).toBeUndefined();
  });

  it.each([
    ["no finish part at all", [...text]],
    [
      "a finish part with no reason from the provider",
      [...text, finish({ unified: "other", raw: undefined })],
    ],
    [
      "the provider could not read the rest of its answer",
      [
        ...text,
        {
          type: "error",
          error: new InvalidResponseDataError({ data: undefined, message: "ended" }),
        },
        finish({ unified: "error", raw: undefined }),
      ],
    ],
  ] satisfies [string, LanguageModelV3StreamPart[]][])(
    "fails with IncompleteOutputError on %s",
    async (_, parts) => {
      const { seen, error } = await run(parts);
      expect(IncompleteOutputError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ rawText: '{"name":"Ana"}' });
      expect(seen.map((part) => part.type)).toEqual(["text-delta", "text-delta"]);
    },
  );
});
