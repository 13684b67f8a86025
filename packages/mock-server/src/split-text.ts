/**
 * Splits text into pieces of `size` code points. Splitting by UTF-16 code units could cut a
 * surrogate pair in half; a script that wants that edge case passes explicit `chunks` instead.
 */
export function splitCodePoints(text: string, size: number): string[] {
  if (!Number.isInteger(size) || size < 1) {
    throw new RangeError(`chunkSize must be a positive integer, got ${size}`);
  }
  const points = Array.from(text);
  const pieces: string[] = [];
  for (let i = 0; i < points.length; i += size) {
    pieces.push(points.slice(i, i + size).join(""));
  }
  return pieces;
}
