import { describe, expect, it } from "vitest";
import { toWireMessages } from "./to-wire-body.js";

describe("toWireMessages", () => {
  it("merges consecutive tool results (and a following user message) into one user turn", () => {
    expect(
      toWireMessages(
        [
          { role: "system", content: "sys" },
          { role: "user", content: "hi" },
          {
            role: "assistant",
            content: "Let me answer.",
            toolCalls: [
              { id: "a", name: "Response", arguments: '{"x":1}' },
              { id: "b", name: "Response", arguments: '{"x":2}' },
            ],
          },
          { role: "tool", toolCallId: "a", content: "bad a" },
          { role: "tool", toolCallId: "b", content: "bad b" },
          { role: "user", content: "fix it" },
        ],
        "acme",
      ),
    ).toEqual([
      { role: "user", content: [{ type: "text", text: "hi" }] },
      {
        role: "assistant",
        content: [
          { type: "text", text: "Let me answer." },
          { type: "tool_use", id: "a", name: "Response", input: { x: 1 } },
          { type: "tool_use", id: "b", name: "Response", input: { x: 2 } },
        ],
      },
      {
        role: "user",
        content: [
          { type: "tool_result", tool_use_id: "a", content: "bad a" },
          { type: "tool_result", tool_use_id: "b", content: "bad b" },
          { type: "text", text: "fix it" },
        ],
      },
    ]);
  });

  it("sends {} as the input of a previous call whose arguments were not a JSON object", () => {
    const [turn] = toWireMessages(
      [
        {
          role: "assistant",
          content: null,
          toolCalls: [{ id: "a", name: "Response", arguments: '{"name": "Ja' }],
        },
      ],
      "acme",
    );
    expect(turn?.content).toEqual([{ type: "tool_use", id: "a", name: "Response", input: {} }]);
  });

  it("sends reasoning back first, as thinking blocks with the signature it came with", () => {
    const [turn] = toWireMessages(
      [
        {
          role: "assistant",
          content: "{}",
          reasoning: [
            { type: "reasoning", text: "first", providerMetadata: { acme: { signature: "s1" } } },
            { type: "reasoning", text: "second", providerMetadata: { other: { signature: "x" } } },
          ],
        },
      ],
      "acme",
    );
    expect(turn?.content).toEqual([
      { type: "thinking", thinking: "first", signature: "s1" },
      { type: "thinking", thinking: "second" },
      { type: "text", text: "{}" },
    ]);
  });
});
