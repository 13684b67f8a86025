/** Test inputs: `text` one character per chunk, and split into two chunks at every position. */
export function splits(text: string): string[][] {
  const result = [[...text]];
  for (let i = 0; i <= text.length; i++) result.push([text.slice(0, i), text.slice(i)]);
  return result;
}

/** Test inputs: `text` cut at `cuts` (any naturals, taken modulo its length + 1), in order. */
export function chunksAt(text: string, cuts: readonly number[]): string[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  return [0, ...points].map((from, k) => text.slice(from, points[k] ?? text.length));
}
