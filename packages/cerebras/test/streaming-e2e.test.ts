import { type DeepPartial, Mode } from "@instr/core/adapter";
import type { Reply, StreamScript } from "@instr/mock-server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fromCerebras } from "../src/from-cerebras.js";
import { useMockCerebras } from "./mock-cerebras.js";

// Streaming through the real Cerebras SDK, real HTTP and SSE on 127.0.0.1, and core's incremental
// parser: what arrives split on the wire comes out whole.

const mock = useMockCerebras();
const MODEL = "qwen-3.8-27b";
const streamingModes = [Mode.JSON_SCHEMA, Mode.TOOLS] as const;

/** Answers with `json` in the mode's carrier (content or a call of the requested tool), split as scripted. */
function answerWith(mode: Mode, json: string, pieces: string[] | undefined, stream: StreamScript) {
  mock.server.setHandler((request): Reply => {
    if (mode === Mode.TOOLS) {
      const body = request.body as { tools: Array<{ function: { name: string } }> };
      const name = body.tools[0]?.function.name ?? "";
      const argumentChunks = pieces === undefined ? undefined : [pieces];
      return {
        type: "message",
        toolCalls: [{ id: "call_1", name, arguments: json }],
        stream: { ...stream, argumentChunks },
      };
    }
    return { type: "message", content: json, stream: { ...stream, chunks: pieces } };
  });
}

async function collect<T>(values: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of values) out.push(value);
  return out;
}

/** Each snapshot's string at `pick` extends the previous one's and is a prefix of `full`. */
function expectGrowingPrefixes(strings: Array<string | undefined>, full: string): void {
  let previous = "";
  for (const value of strings) {
    if (value === undefined) continue;
    expect(full.startsWith(value)).toBe(true);
    expect(value.startsWith(previous)).toBe(true);
    previous = value;
  }
}

describe.each(streamingModes)("generatePartial end to end, mode %s", (mode) => {
  const Note = z.object({ title: z.string(), mood: z.string() });
  const note = { title: "Launch 🚀 day 😀 for the 👩‍💻 team", mood: "👍🏽" };
  const json = JSON.stringify(note);
  // Each emoji's surrogate pair is cut between two deltas.
  const rocket = json.indexOf("🚀") + 1;
  const smile = json.indexOf("😀") + 1;
  const thumbs = json.indexOf("👍") + 1;
  const pairSplit = [
    json.slice(0, rocket),
    json.slice(rocket, smile),
    json.slice(smile, thumbs),
    json.slice(thumbs),
  ];

  it.each([
    // 5-byte TCP writes one millisecond apart: every 4-byte emoji straddles two reads.
    { split: "UTF-8 bytes across TCP writes", pieces: undefined, byteChunkSize: 5 },
    { split: "surrogate pairs across SSE events", pieces: pairSplit, byteChunkSize: undefined },
  ])("keeps emoji whole when split as $split", async ({ pieces, byteChunkSize }) => {
    expect(pairSplit.join("")).toBe(json);
    expect(pairSplit[0]?.at(-1)).toBe("\ud83d");
    answerWith(mode, json, pieces, { chunkSize: 3, byteChunkSize, chunkDelayMs: 1 });
    const instructor = fromCerebras(mock.client, { mode });
    const snapshots = await collect(
      instructor.generatePartial({ model: MODEL, responseModel: Note, prompt: "a note" }),
    );

    expect(snapshots.at(-1)).toEqual(note);
    expect(snapshots.length).toBeGreaterThan(2);
    expectGrowingPrefixes(
      snapshots.map((s) => s.title),
      note.title,
    );
    expectGrowingPrefixes(
      snapshots.map((s) => s.mood),
      note.mood,
    );
    // Never half an emoji: with the u flag only a lone surrogate matches \p{Cs}.
    for (const s of snapshots) expect(`${s.title}${s.mood}`).not.toMatch(/\p{Cs}/u);
    // The emoji show up mid-stream, before the final validated value.
    expect(snapshots.slice(0, -1).some((s) => s.title?.includes("😀"))).toBe(true);
    expect(mock.server.requests).toHaveLength(1);
  });
});

describe.each(streamingModes)("a 70 KB string through generatePartial, mode %s", (mode) => {
  const Doc = z.object({
    meta: z.object({ id: z.string(), tags: z.array(z.string()) }),
    text: z.string(),
  });
  // Quotes, backslashes, control characters and emoji, so escapes and pairs straddle deltas too.
  const unit = 'Line "quoted" \\ back\tslash é 😀 ';
  const text = unit.repeat(Math.ceil(70_000 / unit.length)).slice(0, 70_000);
  const doc = { meta: { id: "doc-1", tags: ["long", "unicode"] }, text };

  it("arrives intact, every snapshot a prefix, finished subtrees shared", async () => {
    expect(text.length).toBe(70_000);
    answerWith(mode, JSON.stringify(doc), undefined, { chunkSize: 97 });
    const instructor = fromCerebras(mock.client, { mode });
    const snapshots: Array<DeepPartial<z.output<typeof Doc>>> = await collect(
      instructor.generatePartial({ model: MODEL, responseModel: Doc, prompt: "the document" }),
    );

    const final = snapshots.at(-1);
    expect(final).toEqual(doc);
    expect(final?.text).toHaveLength(70_000);
    const streamed = snapshots.slice(0, -1);
    // Many intermediate snapshots: the string grows while it streams rather than at the end.
    expect(streamed.filter((s) => s.text !== undefined).length).toBeGreaterThan(100);
    expectGrowingPrefixes(
      snapshots.map((s) => s.text),
      text,
    );
    // Once `meta` is complete, an update to `text` copies only the root: `meta` keeps its identity.
    const withText = streamed.filter((s) => s.text !== undefined);
    for (let i = 1; i < withText.length; i++) {
      const before = withText[i - 1];
      const after = withText[i];
      expect(after).not.toBe(before);
      expect(after?.meta).toBe(before?.meta);
      expect(after?.meta?.tags).toBe(before?.meta?.tags);
    }
    expect(withText[0]?.meta).toEqual(doc.meta);
  });
});

describe.each(streamingModes)("generateIterable end to end, mode %s", (mode) => {
  const User = z.object({ name: z.string(), age: z.int() });
  const users = [
    { name: "Ada", age: 36 },
    { name: "Grace", age: 45 },
    { name: "Linus", age: 21 },
  ];
  const json = JSON.stringify({ items: users });
  const first = JSON.stringify(users[0]);
  const cut = json.indexOf(first) + first.length;
  // Events: the role chunk, the first element up to its closing brace, the comma after it, then
  // (behind the gate) the rest. The comma is there because the SDK dispatches an SSE event only
  // once bytes after it arrive (see packages/mock-server/README.md), so the gate opens one later.
  const pieces = [json.slice(0, cut), json.slice(cut, cut + 1), json.slice(cut + 1)];

  it("hands over the first element while the server still holds the rest", async () => {
    const log: string[] = [];
    let release = (_by: string): void => {};
    const gate = new Promise<void>((resolve) => {
      release = (by) => {
        log.push(`released by ${by}`);
        resolve();
      };
    });
    // Only a safety net so a broken implementation fails the assertions instead of hanging.
    const fallback = setTimeout(() => release("timer"), 3_000);
    expect(pieces[1]).toBe(",");
    // TOOLS sends one more event first: the tool call's id and name.
    const afterChunks = mode === Mode.TOOLS ? 4 : 3;
    answerWith(mode, json, pieces, { gate: { afterChunks, until: gate } });
    const instructor = fromCerebras(mock.client, { mode });

    const received: Array<z.output<typeof User>> = [];
    try {
      for await (const user of instructor.generateIterable({
        model: MODEL,
        responseModel: User,
        prompt: "the users",
      })) {
        log.push(`element ${user.name}`);
        received.push(user);
        if (received.length === 1) release("test");
      }
    } finally {
      clearTimeout(fallback);
    }

    expect(received).toEqual(users);
    // The first element came before anything released the gate, and the test released it.
    expect(log.slice(0, 2)).toEqual(["element Ada", "released by test"]);
    expect(mock.server.requests).toHaveLength(1);
  }, 10_000);
});
