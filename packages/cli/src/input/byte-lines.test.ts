import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { byteLines } from "./byte-lines.js";

async function collect(chunks: Buffer[]): Promise<string[]> {
  async function* stream() {
    yield* chunks;
  }
  const lines: string[] = [];
  for await (const line of byteLines(stream())) lines.push(line.toString("utf8"));
  return lines;
}

describe("byteLines", () => {
  it("gives back the lines however the bytes are chunked, with \\n or \\r\\n endings", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.string({ unit: "grapheme" }).filter((s) => !/[\r\n]/.test(s)),
          {
            minLength: 1,
            maxLength: 20,
          },
        ),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 10 }),
        async (lines, crlf, trailing, cuts) => {
          const text = lines.join(crlf ? "\r\n" : "\n") + (trailing ? "\n" : "");
          const bytes = Buffer.from(text);
          const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort(
            (a, b) => a - b,
          );
          const chunks = [0, ...points, bytes.length]
            .slice(1)
            .map((end, i, ends) => bytes.subarray(i === 0 ? 0 : ends[i - 1], end));
          // A trailing newline ends the last line; it does not start an empty one.
          const expected = trailing || lines.at(-1) !== "" ? lines : lines.slice(0, -1);
          expect(await collect(chunks)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
