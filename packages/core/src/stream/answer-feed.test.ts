import { describe, expect, it } from "vitest";
import { createPartialJsonParser } from "../json/partial-json-parser.js";
import type { AdapterRequest, AdapterStreamPart } from "../types/adapter.js";
import { Mode } from "../types/mode.js";
import { AnswerFeed } from "./answer-feed.js";
import { ResponseAssembler } from "./response-assembler.js";

function request(mode: Mode): AdapterRequest {
  return { model: "m", mode, messages: [], schema: { name: "Answer", jsonSchema: {} } };
}

/** Feeds `parts` like a streamed attempt; returns the feed and the assembled response. */
function feedAll(mode: Mode, parts: AdapterStreamPart[]) {
  const feed = new AnswerFeed(request(mode), createPartialJsonParser());
  const assembled = new ResponseAssembler();
  const fed = parts.map((part) => {
    assembled.add(part);
    return feed.add(part, assembled);
  });
  feed.end();
  return { feed, fed, response: assembled.response() };
}

describe("AnswerFeed", () => {
  it("parses only the first tool call named after the schema, even if its name comes late", () => {
    const { feed, fed, response } = feedAll(Mode.TOOLS, [
      { type: "tool-call-delta", index: 0, id: "a", name: "Other", argumentsDelta: '{"x": 1}' },
      { type: "tool-call-delta", index: 1, argumentsDelta: '{"ok": ' },
      { type: "tool-call-delta", index: 1, id: "b", name: "Answer", argumentsDelta: "tr" },
      { type: "text-delta", delta: '{"text": 1}' },
      { type: "reasoning-delta", delta: "[" },
      { type: "tool-call-delta", index: 1, argumentsDelta: "ue}" },
      {
        type: "finish",
        finishReason: "tool_calls",
        usage: { promptTokens: 1, completionTokens: 2, totalTokens: 3 },
      },
    ]);
    expect(fed).toEqual([false, false, true, false, false, true, false]);
    expect(feed.parser.end()).toEqual({ ok: true });
    expect(response).toEqual({
      text: '{"text": 1}',
      toolCalls: [
        { id: "a", name: "Other", arguments: '{"x": 1}' },
        { id: "b", name: "Answer", arguments: '{"ok": true}' },
      ],
      reasoning: [{ type: "reasoning", text: "[" }],
      finishReason: "tool_calls",
      usage: { promptTokens: 1, completionTokens: 2, totalTokens: 3 },
      raw: null,
    });
  });

  it("parses the fenced JSON of MD_JSON and flushes a held-back backtick at the end", () => {
    const { feed } = feedAll(Mode.MD_JSON, [
      { type: "text-delta", delta: "Here:\n```json\n[1, " },
      { type: "text-delta", delta: "2]`" },
    ]);
    expect(feed.failed).toBe(true); // "[1, 2]`" is not JSON
    expect(feed.parser.done).toBe(true);
  });

  it("stops at invalid JSON without throwing and keeps the last good state", () => {
    const { feed, fed, response } = feedAll(Mode.JSON, [
      { type: "text-delta", delta: '{"a": 1' },
      { type: "text-delta", delta: " 2}" },
      { type: "text-delta", delta: "more" },
    ]);
    expect(fed).toEqual([true, false, false]);
    expect(feed.failed).toBe(true);
    expect(response.text).toBe('{"a": 1 2}more');
    expect(response.finishReason).toBe("other"); // no finish part arrived
  });
});
