import type Anthropic from "@anthropic-ai/sdk";
import type { AdapterStreamPart } from "@instr/core/adapter";
import { describe, expect, it } from "vitest";
import { streamPartsFromEvents } from "./stream-parts-from-events.js";

const usage = {
  input_tokens: 10,
  output_tokens: 1,
  cache_creation_input_tokens: null,
  cache_read_input_tokens: null,
  server_tool_use: null,
};

/** The events of a short text answer, as the SDK hands them over (only the fields read). */
function textAnswer(stopReason: Anthropic.StopReason | null): Anthropic.RawMessageStreamEvent[] {
  return [
    {
      type: "message_start",
      message: {
        id: "msg_1",
        type: "message",
        role: "assistant",
        model: "claude-sonnet-4-5",
        content: [],
        stop_reason: null,
        stop_sequence: null,
        container: null,
        diagnostics: null,
        stop_details: null,
        usage: {
          ...usage,
          output_tokens_details: null,
          cache_creation: null,
          inference_geo: null,
          service_tier: null,
          speed: null,
        },
      },
    },
    {
      type: "content_block_start",
      index: 0,
      content_block: { type: "text", text: "", citations: null },
    },
    { type: "content_block_delta", index: 0, delta: { type: "text_delta", text: '{"a":' } },
    { type: "content_block_delta", index: 0, delta: { type: "text_delta", text: "1}" } },
    { type: "content_block_stop", index: 0 },
    {
      type: "message_delta",
      delta: { stop_reason: stopReason, stop_sequence: null, container: null, stop_details: null },
      usage: { ...usage, output_tokens: 7, output_tokens_details: { thinking_tokens: 3 } },
    },
    { type: "message_stop" },
  ];
}

async function partsOf(events: Anthropic.RawMessageStreamEvent[]): Promise<AdapterStreamPart[]> {
  const parts: AdapterStreamPart[] = [];
  for await (const part of streamPartsFromEvents(
    (async function* () {
      yield* events;
    })(),
  )) {
    parts.push(part);
  }
  return parts;
}

describe("streamPartsFromEvents", () => {
  it("yields text deltas, then a finish part with the running usage (thinking tokens too)", async () => {
    expect(await partsOf(textAnswer("end_turn"))).toEqual([
      { type: "text-delta", delta: '{"a":' },
      { type: "text-delta", delta: "1}" },
      {
        type: "finish",
        finishReason: "stop",
        usage: { promptTokens: 10, completionTokens: 7, totalTokens: 17, reasoningTokens: 3 },
      },
    ]);
  });

  it("yields no finish part for a stream that ends before message_stop", async () => {
    const parts = await partsOf(textAnswer("end_turn").slice(0, -1));
    expect(parts.map((part) => part.type)).toEqual(["text-delta", "text-delta"]);
  });

  it("yields no finish part when no stop reason ever came", async () => {
    const parts = await partsOf(textAnswer(null));
    expect(parts.some((part) => part.type === "finish")).toBe(false);
  });
});
