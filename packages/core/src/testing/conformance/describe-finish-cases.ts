import { expect, it } from "vitest";
import type { FinishReason } from "../../types/adapter.js";
import { collectStream } from "./collect-stream.js";
import { completeAndStream } from "./complete-and-stream.js";
import { conformanceRequest, personJson, scriptedUsage } from "./fixtures.js";
import { pickMode, type SuiteContext } from "./suite-context.js";
import type { ScriptedMessage } from "./types.js";

const finishReasons: readonly FinishReason[] = ["stop", "length", "content_filter"];

/** Two calls of the schema's tool in one answer. */
const toolCalls = [
  { id: "call_a", name: "Person", arguments: '{"name":"Ann","age":31}' },
  { id: "call_b", name: "Person", arguments: '{"name":"Bob","age":42}' },
];

/** An answer made only of {@link toolCalls}. */
const toolCallsReply: ScriptedMessage = {
  type: "message",
  text: null,
  toolCalls,
  finishReason: "tool_calls",
  usage: scriptedUsage,
};

/** Finish reasons, usage and tool-call deltas, in `complete` and `stream`. */
export function describeFinishCases(context: SuiteContext): void {
  const { harness, model } = context;

  for (const finishReason of finishReasons) {
    it(`reports finish reason "${finishReason}" from complete() and stream()`, async () => {
      const { response, collected } = await completeAndStream(
        context,
        pickMode(context, "md_json"),
        {
          type: "message",
          text: personJson,
          finishReason,
          usage: scriptedUsage,
        },
      );
      expect(response.finishReason).toBe(finishReason);
      expect(collected.parts.at(-1)).toMatchObject({ type: "finish", finishReason });
    });
  }

  // Tool calls only arrive in TOOLS mode; an adapter without it has nothing to test here.
  if (!context.modes.includes("tools")) return;

  it("streams several tool calls as deltas keyed by index, id and name first", async () => {
    const adapter = harness.makeAdapter();
    const request = conformanceRequest(adapter, "tools", model);
    harness.script({ ...toolCallsReply, chunkSize: 4 });
    const collected = await collectStream(adapter.stream(request));
    expect(collected.toolCalls).toEqual(toolCalls);
    for (const index of [0, 1]) {
      const deltas = collected.parts.filter(
        (part) => part.type === "tool-call-delta" && part.index === index,
      );
      expect(deltas.length).toBeGreaterThan(1);
      expect(deltas[0]).toMatchObject({ id: toolCalls[index]?.id, name: toolCalls[index]?.name });
    }
    expect(collected.parts.at(-1)).toMatchObject({
      type: "finish",
      finishReason: "tool_calls",
      usage: scriptedUsage,
    });
  });

  it("returns every tool call of a complete() answer", async () => {
    const adapter = harness.makeAdapter();
    const request = conformanceRequest(adapter, "tools", model);
    harness.script(toolCallsReply);
    const response = await adapter.complete(request);
    expect(response.toolCalls).toEqual(toolCalls);
    expect(response.text).toBeNull();
  });
}
