import type { LanguageModelV3GenerateResult, LanguageModelV3StreamPart } from "@ai-sdk/provider";
import { createInstructor, Mode, UnsupportedReasoningError } from "@instr/core";
import { MockLanguageModelV3 } from "ai/test";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { languageModelAdapter } from "./language-model-adapter.js";

const User = z.object({ name: z.string(), age: z.number().int() });
const signature = { anthropic: { signature: "sig-1" } };
const usage = {
  inputTokens: { total: 30, noCache: 10, cacheRead: 20, cacheWrite: undefined },
  outputTokens: { total: 12, text: 4, reasoning: 8 },
};
const finish = { unified: "stop" as const, raw: "stop" };

function answer(text: string): LanguageModelV3GenerateResult {
  return {
    content: [
      { type: "reasoning", text: "thinking", providerMetadata: signature },
      { type: "text", text },
    ],
    finishReason: finish,
    usage,
    providerMetadata: { anthropic: { id: "msg-1" } },
    warnings: [],
  };
}

describe("languageModelAdapter over MockLanguageModelV3", () => {
  it("sends reasoning and providerMetadata back as providerOptions on the re-ask", async () => {
    const model = new MockLanguageModelV3({
      doGenerate: [answer('{"name":"Jason","age":"25"}'), answer('{"name":"Jason","age":25}')],
    });
    const instructor = createInstructor({ adapter: languageModelAdapter(model), mode: Mode.JSON });
    const result = await instructor.generateWithCompletion({
      responseModel: User,
      model: "m",
      prompt: [
        { type: "text", text: "Extract:" },
        { type: "image", image: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
      ],
    });
    expect(result.data).toEqual({ name: "Jason", age: 25 });
    expect(result.usage).toMatchObject({ cachedPromptTokens: 40, reasoningTokens: 16 });
    const reask = model.doGenerateCalls[1]?.prompt ?? [];
    const user = reask.find((message) => message.role === "user");
    expect(user?.content[1]).toMatchObject({ type: "file", mediaType: "image/png" });
    const assistant = reask.find((message) => message.role === "assistant");
    expect(assistant).toMatchObject({
      providerOptions: { anthropic: { id: "msg-1" } },
      content: [
        { type: "reasoning", text: "thinking", providerOptions: signature },
        { type: "text", text: '{"name":"Jason","age":"25"}' },
      ],
    });
  });

  it("streams a tool call the provider sends whole, and fails on an error part", async () => {
    const parts: LanguageModelV3StreamPart[] = [
      { type: "tool-call", toolCallId: "c1", toolName: "User", input: '{"name":"Ana","age":3' },
      { type: "error", error: new Error("overloaded") },
    ];
    const model = new MockLanguageModelV3({
      doStream: { stream: ReadableStream.from(parts) },
    });
    const adapter = languageModelAdapter(model);
    const seen: unknown[] = [];
    const failure = await (async () => {
      for await (const part of adapter.stream({
        model: "m",
        mode: Mode.TOOLS,
        messages: [{ role: "user", content: "hi" }],
        schema: { name: "User", jsonSchema: { type: "object" } },
      })) {
        seen.push(part);
      }
    })().catch((e: unknown) => e);
    expect(seen).toEqual([
      {
        type: "tool-call-delta",
        index: 0,
        id: "c1",
        name: "User",
        argumentsDelta: '{"name":"Ana","age":3',
      },
    ]);
    expect(failure).toMatchObject({ name: "ProviderError", isRetryable: true });
    expect(model.doStreamCalls[0]?.toolChoice).toEqual({ type: "tool", toolName: "User" });
  });

  it("rejects a reasoningEffort before any request: the V3 call options have no place for it", async () => {
    const model = new MockLanguageModelV3({ doGenerate: answer('{"name":"Jason","age":25}') });
    const error = await createInstructor({ adapter: languageModelAdapter(model) })
      .generate({ responseModel: User, model: "m", prompt: "hi", reasoningEffort: "low" })
      .catch((e: unknown) => e);
    expect(UnsupportedReasoningError.isInstance(error)).toBe(true);
    expect(model.doGenerateCalls).toHaveLength(0);
  });
});
