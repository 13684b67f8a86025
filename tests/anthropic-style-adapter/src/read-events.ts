/**
 * The `data:` payloads of a server-sent events body, one per event. Anthropic-style streams
 * carry the event name in `event:` and again in the payload's `type`, and end with
 * `message_stop` rather than `[DONE]`, so the reader only collects `data:` lines and ends with
 * the body. Lines are split on `\n` across network chunks, so an event cut in two arrives whole.
 */
export async function* readEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  let buffer = "";
  for await (const text of body.pipeThrough(new TextDecoderStream())) {
    buffer += text;
    let newline = buffer.indexOf("\n");
    while (newline !== -1) {
      const line = buffer.slice(0, newline).trimEnd();
      buffer = buffer.slice(newline + 1);
      if (line.startsWith("data:")) yield line.slice("data:".length).trim();
      newline = buffer.indexOf("\n");
    }
  }
}
