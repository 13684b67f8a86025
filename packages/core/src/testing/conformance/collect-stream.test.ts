import { describe, expect, it } from "vitest";
import type { AdapterStreamPart } from "../../types/adapter.js";
import { collectStream } from "./collect-stream.js";

async function* parts(...list: AdapterStreamPart[]): AsyncGenerator<AdapterStreamPart> {
  yield* list;
}

describe("collectStream", () => {
  it("assembles text, reasoning and interleaved tool calls by index", async () => {
    const collected = await collectStream(
      parts(
        { type: "reasoning-delta", delta: "thin" },
        { type: "reasoning-delta", delta: "king" },
        { type: "text-delta", delta: "he" },
        { type: "tool-call-delta", index: 0, id: "a", name: "T", argumentsDelta: '{"x"' },
        { type: "tool-call-delta", index: 1, id: "b", name: "T", argumentsDelta: "{}" },
        { type: "tool-call-delta", index: 0, argumentsDelta: ":1}" },
        { type: "text-delta", delta: "llo" },
        { type: "finish", finishReason: "tool_calls" },
      ),
    );
    expect(collected).toMatchObject({
      text: "hello",
      reasoning: "thinking",
      toolCalls: [
        { id: "a", name: "T", arguments: '{"x":1}' },
        { id: "b", name: "T", arguments: "{}" },
      ],
      argumentDeltas: [2, 1],
    });
    expect(collected.parts).toHaveLength(8);
  });
});
