import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { GenerateStreamEvent } from "../instructor-types/stream-event.js";
import { readEventStream } from "./read-event-stream.js";
import { toEventStream } from "./to-event-stream.js";

const usage = { promptTokens: 1, completionTokens: 2, totalTokens: 3 };

/** A server-side event sequence: `text` cut at `cuts` into partial events, then `final`. */
async function* serverEvents(
  text: string,
  cuts: readonly number[],
  reasoning: string,
): AsyncGenerator<GenerateStreamEvent<unknown>> {
  yield { type: "reasoning", delta: reasoning, attempt: 1 };
  let start = 0;
  for (const cut of [...cuts, text.length]) {
    const end = Math.min(Math.max(cut, start), text.length);
    // Snapshots are not on the wire: any value does here.
    yield { type: "partial", snapshot: {}, text: text.slice(start, end), attempt: 1 };
    start = end;
  }
  yield { type: "usage", usage, attempt: 1 };
  yield { type: "final", value: JSON.parse(text), usage, attempts: 1 };
}

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** `bytes` as a body that delivers it cut at `cuts`. */
function chunked(bytes: Uint8Array, cuts: readonly number[]): ReadableStream<Uint8Array> {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  return new ReadableStream({
    start(controller) {
      let start = 0;
      for (const point of [...points, bytes.length]) {
        if (point > start) controller.enqueue(bytes.slice(start, point));
        start = Math.max(start, point);
      }
      controller.close();
    },
  });
}

/** What a reader sees, without the snapshots' identity (compared by value). */
async function readAll(body: ReadableStream<Uint8Array>) {
  const events: unknown[] = [];
  let text = "";
  for await (const event of readEventStream(body)) {
    if (event.type === "partial") text += event.text;
    else
      events.push(event.type === "error" ? { type: "error", error: event.error.message } : event);
  }
  return { text, events };
}

// Text with what SSE framing must survive: line ends of every kind, leading spaces, colons,
// non-ASCII (multi-byte UTF-8, split between chunks), and JSON whitespace.
const whitespace = fc.constantFrom(" ", "\n", "\r\n", "\r", "\t", "  ");
const answer = fc
  .tuple(fc.json({ maxDepth: 3 }), fc.array(whitespace, { maxLength: 4 }))
  .map(([json, spaces]) => `${spaces.join("")}${json}${spaces.reverse().join("")}`);

describe("the instr event stream on the wire", () => {
  it("any chunking of the bytes gives the same events; the text and value come through", async () => {
    await fc.assert(
      fc.asyncProperty(
        answer,
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.string({ unit: "grapheme" }),
        fc.constantFrom(0, 16),
        async (text, textCuts, byteCuts, reasoning, flushMs) => {
          const sorted = [...textCuts].map((c) => c % (text.length + 1)).sort((a, b) => a - b);
          const bytes = await bytesOf(
            toEventStream(serverEvents(text, sorted, reasoning), { flushMs }),
          );
          const whole = await readAll(chunked(bytes, []));
          const split = await readAll(chunked(bytes, byteCuts));
          expect(split).toEqual(whole);
          expect(whole.text).toBe(text);
          expect(whole.events).toEqual([
            { type: "reasoning", delta: reasoning, attempt: 1 },
            { type: "usage", usage, attempt: 1 },
            { type: "final", value: JSON.parse(text), usage, attempts: 1 },
          ]);
        },
      ),
      { numRuns: 150 },
    );
  }, 30_000); // fast-check runs: seconds on a loaded machine

  it("a body cut anywhere before the final event ends with a disconnected error", async () => {
    const bytes = await bytesOf(toEventStream(serverEvents('{"a": [1, 2]}', [3, 7], "r")));
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: bytes.length - 1 }), async (end) => {
        const { events } = await readAll(chunked(bytes.slice(0, end), []));
        expect(events.at(-1)).toMatchObject({ type: "error" });
        let error: unknown;
        for await (const event of readEventStream(chunked(bytes.slice(0, end), []))) {
          if (event.type === "error") error = event.error;
        }
        expect(error).toMatchObject({ kind: "disconnected" });
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});
