import { describe, expect, it } from "vitest";
import type { AdapterStreamPart } from "../../types/adapter.js";
import type { OpenAIChatChunk } from "./openai-chat-response-types.js";
import { responseFromOpenAIChat } from "./response-from-openai-chat.js";
import { streamPartsFromOpenAIChat } from "./stream-parts-from-openai-chat.js";

async function* chunks(...list: OpenAIChatChunk[]): AsyncGenerator<OpenAIChatChunk> {
  yield* list;
}

async function collect(stream: AsyncIterable<AdapterStreamPart>): Promise<AdapterStreamPart[]> {
  const out: AdapterStreamPart[] = [];
  for await (const part of stream) out.push(part);
  return out;
}

const usage = {
  prompt_tokens: 10,
  completion_tokens: 5,
  total_tokens: 15,
  prompt_tokens_details: { cached_tokens: 4 },
  completion_tokens_details: { reasoning_tokens: 2 },
};

describe("responseFromOpenAIChat", () => {
  it("maps text, function calls, reasoning, refusal, finish reason and usage", () => {
    const completion = {
      choices: [
        {
          message: {
            content: null,
            refusal: "no",
            reasoning_content: "thinking",
            tool_calls: [
              { id: "c1", type: "function", function: { name: "T", arguments: "{}" } },
              { id: "c2", type: "custom" },
              { function: { name: "T", arguments: "[]" } },
            ],
          },
          finish_reason: "function_call",
        },
      ],
      usage,
    };
    expect(responseFromOpenAIChat(completion, "acme")).toEqual({
      text: null,
      toolCalls: [
        { id: "c1", name: "T", arguments: "{}" },
        { id: "call_2", name: "T", arguments: "[]" },
      ],
      reasoning: [{ type: "reasoning", text: "thinking" }],
      refusal: "no",
      finishReason: "tool_calls",
      usage: {
        promptTokens: 10,
        completionTokens: 5,
        totalTokens: 15,
        cachedPromptTokens: 4,
        reasoningTokens: 2,
      },
      raw: completion,
    });
  });

  it("rejects a completion without choices as a non-retryable ProviderError", () => {
    expect(() => responseFromOpenAIChat({ choices: [] }, "acme")).toThrow(
      expect.objectContaining({ name: "ProviderError", isRetryable: false }),
    );
  });
});

describe("streamPartsFromOpenAIChat", () => {
  it("yields deltas as they come and one finish part after the usage chunk", async () => {
    const last = { choices: [], usage };
    const parts = await collect(
      streamPartsFromOpenAIChat(
        chunks(
          { choices: [{ index: 0, delta: { reasoning: "hm" } }] },
          { choices: [{ index: 0, delta: { refusal: "I can" } }] },
          { choices: [{ index: 0, delta: { content: "{" } }] },
          {
            choices: [
              {
                index: 0,
                delta: {
                  tool_calls: [{ index: 0, id: "c", function: { name: "T", arguments: "" } }],
                },
              },
            ],
          },
          { choices: [{ index: 0, delta: { content: "}" }, finish_reason: "stop" }] },
          last,
        ),
      ),
    );
    expect(parts).toEqual([
      { type: "reasoning-delta", delta: "hm" },
      { type: "refusal-delta", delta: "I can" },
      { type: "text-delta", delta: "{" },
      { type: "tool-call-delta", index: 0, id: "c", name: "T", argumentsDelta: "" },
      { type: "text-delta", delta: "}" },
      {
        type: "finish",
        finishReason: "stop",
        usage: expect.objectContaining({ totalTokens: 15, cachedPromptTokens: 4 }),
        raw: last,
      },
    ]);
  });

  it("yields no finish part when no chunk carried a finish reason", async () => {
    const parts = await collect(
      streamPartsFromOpenAIChat(chunks({ choices: [{ index: 0, delta: { content: "{" } }] })),
    );
    expect(parts).toEqual([{ type: "text-delta", delta: "{" }]);
  });
});
