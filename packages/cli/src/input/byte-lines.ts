/**
 * The lines of a byte stream, split at `\n` (a `\r` before it is dropped), as bytes: decoding
 * is the caller's, so each line can be checked against the input's encoding on its own.
 */
export async function* byteLines(stream: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of stream) {
    let buffer: Buffer = rest.length === 0 ? chunk : Buffer.concat([rest, chunk]);
    for (let end = buffer.indexOf(10); end !== -1; end = buffer.indexOf(10)) {
      yield withoutCr(buffer.subarray(0, end));
      buffer = buffer.subarray(end + 1);
    }
    rest = buffer;
  }
  if (rest.length > 0) yield withoutCr(rest);
}

function withoutCr(line: Buffer): Buffer {
  return line.at(-1) === 13 ? line.subarray(0, -1) : line;
}
