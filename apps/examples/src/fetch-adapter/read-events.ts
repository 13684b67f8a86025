/**
 * The `data:` payloads of a server-sent events body, one per event, until `[DONE]`. Lines are
 * split on `\n` across network chunks, so an event cut in two arrives whole.
 */
export async function* readEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  let buffer = "";
  for await (const text of body.pipeThrough(new TextDecoderStream())) {
    buffer += text;
    let newline = buffer.indexOf("\n");
    while (newline !== -1) {
      const line = buffer.slice(0, newline).trimEnd();
      buffer = buffer.slice(newline + 1);
      if (line.startsWith("data:")) {
        const data = line.slice("data:".length).trim();
        if (data === "[DONE]") return;
        yield data;
      }
      newline = buffer.indexOf("\n");
    }
  }
}
