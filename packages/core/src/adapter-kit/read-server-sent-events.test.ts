import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readServerSentEvents, type ServerSentEvent } from "./read-server-sent-events.js";

const encoder = new TextEncoder();

/** A body that hands out `chunks` (strings are UTF-8 encoded) one read at a time. */
function bodyOf(chunks: ReadonlyArray<string | Uint8Array>, onCancel?: () => void) {
  const queue = chunks.map((chunk) => (typeof chunk === "string" ? encoder.encode(chunk) : chunk));
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = queue.shift();
      if (next === undefined) controller.close();
      else controller.enqueue(next);
    },
    cancel: () => onCancel?.(),
  });
}

async function read(
  chunks: ReadonlyArray<string | Uint8Array>,
  signal?: AbortSignal,
): Promise<ServerSentEvent[]> {
  const events: ServerSentEvent[] = [];
  for await (const event of readServerSentEvents(bodyOf(chunks), signal)) events.push(event);
  return events;
}

describe("readServerSentEvents", () => {
  it("yields each event's data, with its event name when it has one", async () => {
    expect(
      await read(['data: {"a":1}\n\nevent: message_stop\ndata: {"type":"message_stop"}\n\n']),
    ).toEqual([{ data: '{"a":1}' }, { event: "message_stop", data: '{"type":"message_stop"}' }]);
  });

  it("joins several data lines with \\n and removes only one space after the colon", async () => {
    expect(await read(["data: first\ndata:  second\ndata:third\ndata\n\n"])).toEqual([
      { data: "first\n second\nthird\n" },
    ]);
  });

  it("accepts CRLF, LF and lone CR line ends, and a CRLF split between chunks", async () => {
    expect(await read(["data: a\r\n\r\ndata: b\n\ndata: c\r\rdata: d\r", "\n\r", "\n"])).toEqual([
      { data: "a" },
      { data: "b" },
      { data: "c" },
      { data: "d" },
    ]);
  });

  it("skips comments, other fields and events without data", async () => {
    expect(
      await read([": keep-alive\n\nid: 7\nretry: 100\n\nevent: ping\n\n:x\ndata: kept\n\n"]),
    ).toEqual([{ data: "kept" }]);
  });

  it("puts a character whose UTF-8 bytes arrive in different chunks back together", async () => {
    const bytes = encoder.encode('data: {"name":"Zoë 😀"}\n\n');
    const chunks = Array.from(bytes, (byte) => Uint8Array.of(byte));
    expect(await read(chunks)).toEqual([{ data: '{"name":"Zoë 😀"}' }]);
  });

  it("ignores a byte order mark at the start", async () => {
    expect(await read(["\uFEFFdata: x\n\n"])).toEqual([{ data: "x" }]);
  });

  it("drops an event the body ends in the middle of", async () => {
    expect(await read(["data: whole\n\ndata: cut off\n"])).toEqual([{ data: "whole" }]);
  });

  it("keeps [DONE] as data and cancels the body when the caller stops early", async () => {
    let cancelled = false;
    const body = bodyOf(
      ["data: 1\n\n", "data: [DONE]\n\n", "data: after\n\n", "data: more"],
      () => {
        cancelled = true;
      },
    );
    const seen: string[] = [];
    for await (const { data } of readServerSentEvents(body)) {
      seen.push(data);
      if (data === "[DONE]") break;
    }
    expect(seen).toEqual(["1", "[DONE]"]);
    expect(cancelled).toBe(true);
    expect(body.locked).toBe(false);
  });

  it("rejects with the body's error when a read fails, after the events before it", async () => {
    const broken = new TypeError("terminated");
    let sent = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) controller.error(broken);
        else controller.enqueue(encoder.encode("data: before\n\n"));
        sent = true;
      },
    });
    const seen: string[] = [];
    const reading = (async () => {
      for await (const { data } of readServerSentEvents(body)) seen.push(data);
    })();
    await expect(reading).rejects.toBe(broken);
    expect(seen).toEqual(["before"]);
  });

  it("rejects with the abort reason, before reading and while a read is pending", async () => {
    const early = new AbortController();
    early.abort(new Error("before"));
    await expect(read(["data: x\n\n"], early.signal)).rejects.toThrow("before");

    const controller = new AbortController();
    let cancelled = false;
    const silent = new ReadableStream<Uint8Array>({
      cancel: () => {
        cancelled = true;
      },
    });
    const reading = (async () => {
      for await (const _ of readServerSentEvents(silent, controller.signal)) {
        // nothing arrives
      }
    })();
    const reason = new Error("caller gave up");
    setTimeout(() => controller.abort(reason), 5);
    await expect(reading).rejects.toBe(reason);
    expect(cancelled).toBe(true);
  });

  describe("any chunking of a valid event stream gives the same events", () => {
    // Field values: any well-formed text without line ends (graphemes cover multi-byte UTF-8).
    const lineText = fc
      .string({ unit: "grapheme", maxLength: 12 })
      .map((text) => text.replace(/[\r\n]/g, "_"));
    const event = fc.record(
      {
        event: lineText.filter((name) => name !== ""),
        data: fc.array(lineText, { minLength: 1, maxLength: 3 }).map((lines) => lines.join("\n")),
      },
      { requiredKeys: ["data"] },
    );
    const stream = fc.record({
      events: fc.array(event, { maxLength: 6 }),
      comments: fc.array(lineText, { maxLength: 6 }),
      newline: fc.constantFrom("\n", "\r\n", "\r"),
      bom: fc.boolean(),
    });

    type StreamInput = typeof stream extends fc.Arbitrary<infer T> ? T : never;

    /** The wire text of `events`, a comment before each when there is one. */
    const serialize = ({ events, comments, newline, bom }: StreamInput) => {
      const lines: string[] = [];
      events.forEach((item, index) => {
        const comment = comments[index];
        if (comment !== undefined) lines.push(`:${comment}`);
        if (item.event !== undefined) lines.push(`event: ${item.event}`);
        for (const line of item.data.split("\n")) lines.push(`data: ${line}`);
        lines.push("");
      });
      return (bom ? "\uFEFF" : "") + lines.map((line) => line + newline).join("");
    };

    /** The bytes of `text`, cut at the given positions. */
    const chunked = (text: string, cuts: number[]): Uint8Array[] => {
      const bytes = encoder.encode(text);
      const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort(
        (a, b) => a - b,
      );
      const chunks: Uint8Array[] = [];
      let start = 0;
      for (const point of [...points, bytes.length]) {
        chunks.push(bytes.subarray(start, point));
        start = point;
      }
      return chunks;
    };

    it("yields the serialized events, whole or cut at any bytes", async () => {
      await fc.assert(
        fc.asyncProperty(stream, fc.array(fc.nat(), { maxLength: 20 }), async (input, cuts) => {
          const expected = input.events.map((item) =>
            item.event === undefined ? { data: item.data } : { event: item.event, data: item.data },
          );
          const text = serialize(input);
          expect(await read([text])).toEqual(expected);
          expect(await read(chunked(text, cuts))).toEqual(expected);
        }),
      );
    });
  });
});
