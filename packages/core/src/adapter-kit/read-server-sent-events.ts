/** One server-sent event: its `event:` name, if it had one, and its `data:` lines joined by `\n`. */
export interface ServerSentEvent {
  /** The `event:` field; undefined when the event had none (the spec's default `message`). */
  event?: string;
  data: string;
}

/** Line terminators of the event stream format: CRLF, LF or a lone CR. */
const lineEnd = /\r\n|\n|\r/g;

/**
 * Reads a `text/event-stream` body (e.g. `fetch`'s `response.body`) as it arrives, one
 * {@link ServerSentEvent} per event, following the WHATWG event stream format: UTF-8 decoded
 * across chunk boundaries (a character split between two network chunks arrives whole),
 * lines ending in CRLF, LF or CR (a CRLF split between chunks too), several `data:` lines of an
 * event joined with `\n`, one space after the colon removed, comment lines (`:` first) and
 * other fields (`id:`, `retry:`) skipped, events without data not yielded. An event the body
 * ends in the middle of (no blank line after it) is incomplete and not yielded, as the format
 * says: a stream that breaks off shows as a missing terminal event.
 *
 * Provider-neutral: sentinels such as OpenAI's `data: [DONE]` are data like any other, for
 * the adapter to act on (breaking out of the loop cancels the body). A failed read (the
 * connection dropped) rejects with the body's error; when `signal` aborts, the body is
 * cancelled and the iteration rejects with `signal.reason`.
 *
 * ```ts
 * for await (const { event, data } of readServerSentEvents(response.body, request.signal)) {
 *   if (data === "[DONE]") break;
 *   handle(event, JSON.parse(data));
 * }
 * ```
 */
export async function* readServerSentEvents(
  body: ReadableStream<Uint8Array>,
  signal?: AbortSignal,
): AsyncGenerator<ServerSentEvent, void, undefined> {
  signal?.throwIfAborted();
  const reader = body.getReader();
  // Cancelling ends a pending read with `done`; the loop then throws the abort reason.
  const onAbort = () => void reader.cancel(signal?.reason).catch(() => undefined);
  signal?.addEventListener("abort", onAbort, { once: true });
  const lines = new LineSplitter();
  const event = new EventBuilder();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      signal?.throwIfAborted();
      if (done) break;
      for (const line of lines.push(value)) {
        const dispatched = event.addLine(line);
        if (dispatched !== undefined) yield dispatched;
      }
    }
    // The rest after the last line end is an unfinished line of an unfinished event: dropped.
    finished = true;
  } finally {
    signal?.removeEventListener("abort", onAbort);
    // The consumer stopped early (break, throw): free the connection. After a failed read the
    // stream is errored and cancel() only repeats that error, which is already on its way.
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

/** Splits decoded text into lines; scans each chunk once, so long lines stay linear. */
class LineSplitter {
  private readonly decoder = new TextDecoder();
  private partial: string[] = [];
  /** The last chunk ended in CR: an LF first in the next chunk belongs to that line end. */
  private afterCr = false;

  push(bytes: Uint8Array): string[] {
    let text = this.decoder.decode(bytes, { stream: true });
    if (this.afterCr && text.length > 0) {
      if (text.startsWith("\n")) text = text.slice(1);
      this.afterCr = false;
    }
    const lines: string[] = [];
    let start = 0;
    lineEnd.lastIndex = 0;
    for (let match = lineEnd.exec(text); match !== null; match = lineEnd.exec(text)) {
      this.partial.push(text.slice(start, match.index));
      lines.push(this.partial.join(""));
      this.partial = [];
      start = lineEnd.lastIndex;
    }
    const rest = text.slice(start);
    if (rest.length > 0) this.partial.push(rest);
    // A CR last in the chunk is a line end already; only a following LF must be skipped.
    if (text.endsWith("\r")) this.afterCr = true;
    return lines;
  }
}

/** Collects the fields of one event; a blank line dispatches it. */
class EventBuilder {
  private name: string | undefined;
  private data: string[] = [];

  /** Takes one line; returns the event a blank line completes, if it has data. */
  addLine(line: string): ServerSentEvent | undefined {
    if (line === "") return this.dispatch();
    if (line.startsWith(":")) return undefined; // a comment (often a keep-alive)
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "data") this.data.push(value);
    else if (field === "event") this.name = value;
    return undefined;
  }

  private dispatch(): ServerSentEvent | undefined {
    const { name, data } = this;
    this.name = undefined;
    this.data = [];
    if (data.length === 0) return undefined;
    return { ...(name === undefined || name === "" ? {} : { event: name }), data: data.join("\n") };
  }
}
